package dev.outpost.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a site folder on localhost under the site's base path, the way GitHub Pages would: a
 * folder serves its {@code index.html}, a missing file serves {@code 404.html} with status 404, and
 * every answer lets pages of any origin read it ({@code Access-Control-Allow-Origin: *}), as GitHub
 * Pages does, so that another site can embed the status.
 */
public final class StaticFileServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("atom", "application/atom+xml"),
          Map.entry("rss", "application/rss+xml"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final HttpServer server;
  private final Supplier<Path> root;
  private final String basePath;

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port 0 for any free port
   * @param basePath the path the site lives under, such as {@code /repo/}
   * @param root the current site folder; asked on every request, so a rebuild can swap it
   */
  public StaticFileServer(int port, String basePath, Supplier<Path> root) throws IOException {
    this.root = root;
    this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The address of the site's home page. */
  public URI uri() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + basePath);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes());
        return;
      }
      if (!path.startsWith(basePath)) {
        exchange.getResponseHeaders().set("Location", basePath);
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      Path site = root.get().toAbsolutePath().normalize();
      Path file = site.resolve(path.substring(basePath.length())).normalize();
      if (file.startsWith(site) && Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().set("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        Path notFound = site.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : new byte[0];
        send(exchange, 404, TYPES.get("html"), body);
        return;
      }
      send(exchange, 200, type(file), Files.readAllBytes(file));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
