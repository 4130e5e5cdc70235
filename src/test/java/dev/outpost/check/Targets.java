package dev.outpost.check;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** Local servers for checks to probe: HTTP with set answers, one that never answers, TLS. */
final class Targets implements AutoCloseable {
  private final List<AutoCloseable> open = new ArrayList<>();

  /** An HTTP server on 127.0.0.1 answering each path as {@link #answer} says. */
  final class Http {
    final HttpServer server;
    final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    final Map<String, Integer> hits = new ConcurrentHashMap<>();

    final String origin;

    Http() throws IOException {
      this(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    Http(HttpServer server) {
      this.server = server;
      this.origin =
          (server instanceof HttpsServer ? "https://localhost:" : "http://127.0.0.1:")
              + server.getAddress().getPort();
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.createContext(
          "/",
          exchange -> {
            exchange
                .getRequestHeaders()
                .forEach((k, v) -> lastHeaders.put(k.toLowerCase(), v.get(0)));
            Answer answer =
                answers.getOrDefault(
                    exchange.getRequestURI().getPath(), new Answer(404, "", 0, null));
            hits.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
            if (answer.location() != null) {
              exchange.getResponseHeaders().add("Location", answer.location());
            }
            try {
              Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
            exchange.close();
          });
      server.start();
      open.add(() -> server.stop(0));
    }

    Http answer(String path, int status, String body) {
      return answer(path, status, body, 0);
    }

    Http answer(String path, int status, String body, long delayMillis) {
      answers.put(path, new Answer(status, body, delayMillis, null));
      return this;
    }

    /** Answers {@code path} with a redirect to {@code location}. */
    Http redirect(String path, int status, String location) {
      answers.put(path, new Answer(status, "", 0, location));
      return this;
    }

    String url(String path) {
      return origin + path;
    }
  }

  record Answer(int status, String body, long delayMillis, String location) {}

  Http http() throws IOException {
    return new Http();
  }

  /** {@code 127.0.0.1:port} of a server that accepts connections and never says a word. */
  String hanging() throws IOException {
    ServerSocket socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    List<Socket> held = new ArrayList<>();
    Thread thread =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  held.add(socket.accept());
                } catch (IOException e) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    open.add(socket);
    open.add(
        () -> {
          for (Socket s : held) {
            s.close();
          }
        });
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** A port on 127.0.0.1 where nothing listens. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * An HTTPS server for {@code localhost} with set answers, and the context that trusts its
   * certificate.
   */
  record Https(Http http, SSLContext trusting) {}

  Https https(Path folder) throws Exception {
    SSLContext[] contexts = certificate(folder, 30);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(contexts[0]));
    return new Https(new Http(server), contexts[1]);
  }

  /**
   * A self-signed certificate for {@code localhost} valid for {@code days} more days, made with the
   * JDK's keytool: the server's context and the context that trusts it.
   */
  private static SSLContext[] certificate(Path folder, int days) throws Exception {
    Path store = folder.resolve("tls-" + days + "-" + java.util.UUID.randomUUID() + ".p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                String.valueOf(days),
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    km.init(keys, "changeit".toCharArray());
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(km.getKeyManagers(), null, null);
    TrustManagerFactory tm =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tm.init(keys);
    SSLContext trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tm.getTrustManagers(), null);
    return new SSLContext[] {serverContext, trusting};
  }

  /** A TLS server for {@code localhost} and the context that trusts its certificate. */
  record Tls(String target, SSLContext trusting) {}

  /**
   * A TLS server whose self-signed certificate for {@code localhost} is valid for {@code days} more
   * days, made with the JDK's keytool.
   */
  Tls tls(Path folder, int days) throws Exception {
    SSLContext[] contexts = certificate(folder, days);
    SSLContext serverContext = contexts[0];
    SSLContext trusting = contexts[1];
    SSLServerSocket server =
        (SSLServerSocket)
            serverContext
                .getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                  socket.setSoTimeout(2000);
                  socket.startHandshake();
                  socket.getInputStream().read();
                } catch (IOException e) {
                  // The client hung up, or the handshake failed: next.
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    open.add(server);
    return new Tls("localhost:" + server.getLocalPort(), trusting);
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }
}
