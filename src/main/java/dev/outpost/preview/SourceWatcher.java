package dev.outpost.preview;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches the config file and the incident folder, and calls back once per burst of changes (a save
 * that touches a file several times rebuilds once).
 */
public final class SourceWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 50;

  private final WatchService watcher;
  private final Path config;
  private final Path incidents;
  private final Thread thread;

  /** Starts watching; {@code onChange} runs on the watcher's own thread. */
  public SourceWatcher(Path config, Path incidents, Runnable onChange) throws IOException {
    this.config = config.toAbsolutePath().normalize();
    this.incidents = incidents.toAbsolutePath().normalize();
    this.watcher = FileSystems.getDefault().newWatchService();
    Set<Path> folders = new LinkedHashSet<>();
    folders.add(this.config.getParent());
    if (Files.isDirectory(this.incidents)) {
      folders.add(this.incidents);
    }
    for (Path folder : folders) {
      folder.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
    this.thread = new Thread(() -> loop(onChange), "outpost-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = watcher.take();
        boolean relevant = drain(key);
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(more);
        }
        if (relevant) {
          onChange.run();
        }
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    boolean relevant = false;
    for (var event : key.pollEvents()) {
      if (event.context() instanceof Path name) {
        Path changed = folder.resolve(name);
        relevant |= changed.equals(config) || changed.getParent().equals(incidents);
      } else {
        relevant = true;
      }
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() throws IOException {
    thread.interrupt();
    watcher.close();
  }
}
