package dev.outpost.config;

import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code outpost.yml}. */
public final class ConfigReader {
  private ConfigReader() {}

  /**
   * Reads and validates the config at {@code file}, adding every problem to {@code problems} with
   * {@code file} as given as its path. Returns empty when the file is too broken to use.
   */
  public static Optional<SiteConfig> read(Path file, Problems problems) {
    throw new UnsupportedOperationException("not yet");
  }
}
