package dev.outpost.check;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** One attempt of a TCP, DNS or TLS check; HTTP is {@link HttpProbe}. */
final class Probe {
  private final SSLContext tls;

  Probe(SSLContext tls) {
    this.tls = tls;
  }

  void tcp(String target, Deadline deadline) throws Failure {
    try (Socket socket = new Socket()) {
      socket.connect(address(target), deadline.millis());
    } catch (IOException e) {
      throw failure("cannot connect to " + target, e, deadline);
    }
  }

  void dns(String host, Deadline deadline) throws Failure {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      if (addresses.length == 0) {
        throw new Failure(host + " has no address");
      }
    } catch (UnknownHostException e) {
      throw new Failure(host + " does not resolve");
    }
  }

  void tls(String target, Duration expiresWithin, Instant now, Deadline deadline) throws Failure {
    InetSocketAddress address = address(target);
    try (Socket plain = new Socket()) {
      plain.connect(address, deadline.millis());
      plain.setSoTimeout(deadline.millis());
      try (SSLSocket socket =
          (SSLSocket)
              tls.getSocketFactory()
                  .createSocket(plain, address.getHostString(), address.getPort(), false)) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        Certificate[] chain = socket.getSession().getPeerCertificates();
        if (chain.length == 0 || !(chain[0] instanceof X509Certificate certificate)) {
          throw new Failure(target + " sent no X.509 certificate");
        }
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (notAfter.isBefore(now.plus(expiresWithin))) {
          throw new Failure(
              "the certificate of "
                  + target
                  + " expires at "
                  + notAfter
                  + ", within "
                  + Words.duration(expiresWithin));
        }
      }
    } catch (SSLException e) {
      throw new Failure("the TLS handshake with " + target + " failed: " + Words.message(e));
    } catch (IOException e) {
      throw failure("cannot connect to " + target, e, deadline);
    }
  }

  static Failure failure(String what, IOException e, Deadline deadline) {
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      return new Failure(what + ": no answer in time");
    }
    if (e instanceof UnknownHostException) {
      return new Failure(what + ": the host does not resolve");
    }
    if (e instanceof ConnectException) {
      return new Failure(what + ": " + Words.message(e));
    }
    return new Failure(what + ": " + Words.message(e));
  }

  private static InetSocketAddress address(String target) {
    int colon = target.lastIndexOf(':');
    return new InetSocketAddress(
        target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
  }
}
