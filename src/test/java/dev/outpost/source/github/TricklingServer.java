package dev.outpost.source.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers every request with a 200 and its headers at once, then sends
 * the promised JSON body one byte every {@code interval}: the answer is always coming, never done.
 */
final class TricklingServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Duration interval;
  private final AtomicInteger requests = new AtomicInteger();

  TricklingServer(Duration interval) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.interval = interval;
    Thread acceptor = new Thread(this::accept, "trickling-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/graphql");
  }

  int port() {
    return socket.getLocalPort();
  }

  int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread answer = new Thread(() -> trickle(connection), "trickling-answer");
        answer.setDaemon(true);
        answer.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void trickle(Socket connection) {
    try (connection) {
      readHeaders(connection.getInputStream());
      requests.incrementAndGet();
      byte[] body = "{\"data\":{\"repository\":{}}}".repeat(100).getBytes(StandardCharsets.UTF_8);
      OutputStream out = connection.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (byte b : body) {
        Thread.sleep(interval.toMillis());
        out.write(b);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The client gave up: as it should.
    }
  }

  /** Reads up to the blank line that ends a request's headers (the body is left unread). */
  private static void readHeaders(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b = in.read(); b >= 0; b = in.read()) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
