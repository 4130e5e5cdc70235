package dev.outpost.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local webhook receiver on 127.0.0.1 that keeps every request it accepted. Its next answers can
 * be scripted: a status, a {@code Retry-After}, or hanging for a while before answering.
 */
final class Receiver implements AutoCloseable {
  /** A request as it arrived. */
  record Request(String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().get(0))
          .orElse(null);
    }
  }

  /** A scripted answer. */
  record Answer(int status, String retryAfter, long hangMillis, String body) {}

  private final HttpServer server;
  private final List<Request> accepted = new ArrayList<>();
  private final BlockingQueue<Answer> script = new ArrayBlockingQueue<>(16);
  private final AtomicInteger attempts = new AtomicInteger();
  private final int okStatus;

  Receiver(int okStatus) throws IOException {
    this.okStatus = okStatus;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          attempts.incrementAndGet();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Answer answer = script.poll();
          if (answer == null) {
            answer = new Answer(okStatus, null, 0, "ok");
          }
          if (answer.hangMillis() > 0) {
            try {
              Thread.sleep(answer.hangMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (answer.status() >= 200 && answer.status() < 300) {
            synchronized (accepted) {
              accepted.add(
                  new Request(
                      exchange.getRequestURI().getPath(),
                      Map.copyOf(exchange.getRequestHeaders()),
                      body));
            }
          }
          if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
          }
          byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
          try {
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
              stream.write(out);
            }
          } catch (IOException e) {
            // The client gave up.
          }
        });
    server.start();
  }

  /** The address of {@code path} here, such as {@code /hooks/T0}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next request is answered so. */
  void then(Answer answer) {
    script.add(answer);
  }

  /** Every request accepted so far, and forgets them. */
  List<Request> take() {
    synchronized (accepted) {
      List<Request> taken = List.copyOf(accepted);
      accepted.clear();
      return taken;
    }
  }

  /** How many requests arrived, accepted or not. */
  int attempts() {
    return attempts.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
