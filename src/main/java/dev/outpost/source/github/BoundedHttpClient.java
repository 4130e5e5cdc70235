package dev.outpost.source.github;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} whose every {@link #send} ends within a timeout, from connecting to the
 * last byte of the answer, for the org.kohsuke client ({@link GitHubApi#connect}), which builds its
 * requests without a timeout: a GitHub that accepts the connection and never answers would
 * otherwise hold the run until the job's own limit. The answer is read whole within the bound, then
 * handed to the caller's body handler; a request that runs out of time fails with an {@link
 * HttpTimeoutException} that names it (method and path, never the query or headers).
 */
final class BoundedHttpClient extends HttpClient {
  private final HttpClient http;
  private final Duration timeout;

  BoundedHttpClient(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpRequest bounded =
        HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
    CompletableFuture<HttpResponse<byte[]>> sent =
        http.sendAsync(bounded, HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> whole;
    try {
      // The request's own timeout ends at the headers; this bound covers the body too.
      whole = sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      throw timedOut(request);
    } catch (InterruptedException e) {
      sent.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HttpTimeoutException) {
        throw timedOut(request);
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
    return new Answer<>(whole, body(whole, handler));
  }

  private HttpTimeoutException timedOut(HttpRequest request) {
    return new HttpTimeoutException(
        request.method()
            + " "
            + request.uri().getPath()
            + " got no whole answer within "
            + timeout.toMillis()
            + " ms");
  }

  /** The body of {@code whole} as {@code handler} makes it. */
  private static <T> T body(HttpResponse<byte[]> whole, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse.BodySubscriber<T> subscriber =
        handler.apply(
            new HttpResponse.ResponseInfo() {
              @Override
              public int statusCode() {
                return whole.statusCode();
              }

              @Override
              public HttpHeaders headers() {
                return whole.headers();
              }

              @Override
              public Version version() {
                return whole.version();
              }
            });
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(whole.body())));
    subscriber.onComplete();
    try {
      return subscriber.getBody().toCompletableFuture().get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  /** An answer read whole, with its body as the caller's handler made it. */
  private record Answer<T>(HttpResponse<byte[]> whole, T body) implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return whole.statusCode();
    }

    @Override
    public HttpRequest request() {
      return whole.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return whole.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return whole.sslSession();
    }

    @Override
    public java.net.URI uri() {
      return whole.uri();
    }

    @Override
    public Version version() {
      return whole.version();
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return http.sendAsync(
        HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build(), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return http.sendAsync(
        HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build(),
        handler,
        push);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return http.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return http.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return http.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return http.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return http.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return http.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return http.authenticator();
  }

  @Override
  public Version version() {
    return http.version();
  }

  @Override
  public Optional<Executor> executor() {
    return http.executor();
  }
}
