package dev.outpost.preview;

import dev.outpost.OutpostException;
import dev.outpost.Pipeline;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A local preview: builds the site, serves it, and rebuilds whenever the config or an incident file
 * changes. A rebuild that finds problems reports them and keeps serving the last good site.
 * Rebuilds are incremental ({@link Pipeline.Incremental}): only changed files are read and written
 * again.
 */
public final class Preview implements AutoCloseable {
  /** Hears how each build went. */
  public interface Listener {
    void built(Pipeline.Result result);

    void failed(OutpostException failure);
  }

  private final StaticFileServer server;
  private final SourceWatcher watcher;

  private Preview(StaticFileServer server, SourceWatcher watcher) {
    this.server = server;
    this.watcher = watcher;
  }

  /**
   * Builds once (failing as {@code outpost build} does), then serves on {@code port} and watches.
   *
   * @param request the sources and the folder to build into
   * @param clock the instant each build describes, asked anew for every rebuild; {@code null} for
   *     the config's {@code now:}, else the clock
   */
  public static Preview start(
      Pipeline.Request request, Supplier<Instant> clock, int port, Listener listener)
      throws IOException {
    Pipeline.Incremental builder = new Pipeline.Incremental(request.out());
    Pipeline.Result first = builder.build(withNow(request, clock.get()));
    listener.built(first);
    StaticFileServer server =
        new StaticFileServer(port, first.page().site().basePath(), request::out);
    Runnable rebuild =
        () -> {
          try {
            listener.built(builder.build(withNow(request, clock.get())));
          } catch (OutpostException e) {
            listener.failed(e);
          }
        };
    try {
      return new Preview(server, new SourceWatcher(request.config(), request.incidents(), rebuild));
    } catch (IOException e) {
      server.close();
      throw e;
    }
  }

  private static Pipeline.Request withNow(Pipeline.Request request, Instant now) {
    return request.at(now);
  }

  /** The address of the site's home page. */
  public URI uri() {
    return server.uri();
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    server.close();
  }
}
