package dev.outpost.init;

import dev.outpost.config.GitHubSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GitHub repository a clone's remote {@code origin} points to, as {@code git} reports it. */
public final class GitRemote {
  /**
   * {@code https://github.com/acme/status(.git)}, {@code git@github.com:acme/status(.git)} and
   * {@code ssh://git@github.com/acme/status(.git)}, with or without a user or a port.
   */
  private static final Pattern GITHUB =
      Pattern.compile(
          "(?:(?:https?|ssh|git)://)?(?:[^@/\\s]+@)?github\\.com(?::\\d+)?[:/]"
              + "([^/\\s]+)/([^/\\s]+?)(?:\\.git)?/?");

  private GitRemote() {}

  /** The {@code owner/name} of {@code dir}'s remote origin on GitHub, if it has one. */
  public static Optional<String> origin(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    ProcessBuilder git =
        new ProcessBuilder("git", "-C", dir.toString(), "config", "--get", "remote.origin.url")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = git.start();
      String url = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        return Optional.empty();
      }
      return process.exitValue() == 0 ? repository(url.strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The {@code owner/name} of a GitHub remote's {@code url}, in https or ssh form. */
  public static Optional<String> repository(String url) {
    Matcher matcher = GITHUB.matcher(url);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String repository = matcher.group(1) + "/" + matcher.group(2);
    return GitHubSettings.isRepository(repository) ? Optional.of(repository) : Optional.empty();
  }
}
