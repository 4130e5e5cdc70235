package dev.outpost.notify;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP server that offers STARTTLS in front of GreenMail's plain SMTP port: it answers EHLO and
 * STARTTLS itself, records every command it read in plain text, upgrades the connection with
 * GreenMail's own test certificate, then relays the decrypted conversation to GreenMail. One
 * connection.
 */
final class StarttlsFront implements AutoCloseable {
  private final ServerSocket server;
  private final int backendPort;
  private final SSLContext tls;
  private final List<String> plainText = new CopyOnWriteArrayList<>();
  private volatile boolean upgraded;

  StarttlsFront(int backendPort) throws Exception {
    this.backendPort = backendPort;
    KeyStore keys = new DummySSLServerSocketFactory().getKeyStore();
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "changeit".toCharArray());
    tls = SSLContext.getInstance("TLS");
    tls.init(managers.getKeyManagers(), null, null);
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "starttls-front");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The commands the client sent before the upgrade, in order. */
  List<String> plainText() {
    return List.copyOf(plainText);
  }

  /** Whether the TLS handshake completed. */
  boolean upgraded() {
    return upgraded;
  }

  private void serve() {
    try (Socket client = server.accept()) {
      client.setSoTimeout(5000);
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      write(out, "220 front ESMTP\r\n");
      while (true) {
        String line = readLine(in);
        if (line == null) {
          return;
        }
        plainText.add(line);
        String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        if (verb.equals("EHLO")) {
          write(out, "250-front\r\n250 STARTTLS\r\n");
        } else if (verb.equals("STARTTLS")) {
          write(out, "220 Ready to start TLS\r\n");
          break;
        } else if (verb.equals("QUIT")) {
          write(out, "221 Bye\r\n");
          return;
        } else {
          write(out, "530 Must issue a STARTTLS command first\r\n");
        }
      }
      SSLSocket secure =
          (SSLSocket)
              tls.getSocketFactory()
                  .createSocket(client, client.getInetAddress().getHostAddress(), 0, true);
      secure.setUseClientMode(false);
      secure.startHandshake();
      upgraded = true;
      try (Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
        InputStream fromBackend = backend.getInputStream();
        readLine(fromBackend); // GreenMail's greeting: the client already had the front's
        Thread up =
            new Thread(
                () -> {
                  try {
                    secure.getInputStream().transferTo(backend.getOutputStream());
                  } catch (IOException e) {
                    // the client is gone
                  } finally {
                    closeQuietly(backend);
                  }
                },
                "starttls-front-up");
        up.setDaemon(true);
        up.start();
        fromBackend.transferTo(secure.getOutputStream());
      } finally {
        closeQuietly(secure);
      }
    } catch (IOException e) {
      // A client that rejects the certificate ends here; the test reads what the client saw.
    }
  }

  /** One line without its CRLF, read byte by byte so that no TLS byte is read ahead. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return null;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
