package dev.outpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outpost.model.Problem;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config, and the incident folder inside the config's folder, are read only where a pull
 * request cannot point them elsewhere: a symbolic link that leaves the config's folder is reported,
 * not followed, and nothing of what it points to is quoted.
 */
class SourceLinksTest {
  private static final Path SCENARIO = Path.of("src/test/scenarios/subpath-site");
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final String SECRET = "s3cret-value-from-outside";

  @TempDir Path dir;

  private Path repo() throws IOException {
    return Files.createDirectories(dir.resolve("repo"));
  }

  private Path elsewhere() throws IOException {
    return Files.createDirectories(dir.resolve("elsewhere"));
  }

  private StatusPage read() throws IOException {
    Path repo = repo();
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            Pipeline.read(
                new Pipeline.Request(
                    repo.resolve("outpost.yml"), repo.resolve("incidents"), null, NOW)));
  }

  private List<String> problems() throws IOException {
    OutpostException failure = assertThrows(OutpostException.class, this::read);
    assertEquals(ExitCode.INVALID_INPUT, failure.exitCode());
    for (Problem problem : failure.problems()) {
      assertFalse(problem.message().contains(SECRET), problem.message());
      assertFalse(problem.message().contains("elsewhere"), "the target is not named");
    }
    return failure.problems().stream()
        .map(p -> p.format().replace(dir.resolve("repo") + "/", ""))
        .toList();
  }

  @Test
  void aConfigLinkedFromOutsideItsFolderIsNotRead() throws IOException {
    Path secret = elsewhere().resolve("config.yml");
    Files.writeString(secret, "password: " + SECRET + "\n");
    Files.createSymbolicLink(repo().resolve("outpost.yml"), secret);

    assertEquals(
        List.of(
            "outpost.yml:1:1: is a symbolic link to a file outside the config's folder; it is not"
                + " read"),
        problems());
  }

  @Test
  void aConfigLinkedToADeviceIsNotRead() throws IOException {
    Files.createSymbolicLink(repo().resolve("outpost.yml"), Path.of("/dev/zero"));

    assertEquals(
        List.of(
            "outpost.yml:1:1: is a symbolic link to a file outside the config's folder; it is not"
                + " read"),
        problems());
  }

  @Test
  void aConfigLinkedWithinItsFolderIsRead() throws IOException {
    Path settings = Files.createDirectories(repo().resolve("settings"));
    Files.copy(SCENARIO.resolve("outpost.yml"), settings.resolve("status.yml"));
    Files.createSymbolicLink(repo().resolve("outpost.yml"), Path.of("settings/status.yml"));

    assertEquals("Acme Status", read().site().title());
  }

  @Test
  void anIncidentFolderLinkedFromOutsideTheConfigsFolderIsNotRead() throws IOException {
    Files.copy(SCENARIO.resolve("outpost.yml"), repo().resolve("outpost.yml"));
    Path outside = Files.createDirectories(elsewhere().resolve("incidents"));
    Files.writeString(
        outside.resolve("leak.md"),
        "---\ntitle: " + SECRET + "\ncomponents: {}\nstarted: 2026-11-02T14:05:00Z\n---\n");
    Files.createSymbolicLink(repo().resolve("incidents"), outside);

    assertEquals(
        List.of(
            "incidents: leads through a symbolic link to a folder outside the config's folder; it"
                + " is not read"),
        problems());
  }

  @Test
  void anIncidentFolderBehindALinkedParentIsNotReadEither() throws IOException {
    Files.copy(SCENARIO.resolve("outpost.yml"), repo().resolve("outpost.yml"));
    Path outside = Files.createDirectories(elsewhere().resolve("status/incidents"));
    Files.writeString(outside.resolve("leak.md"), "---\ntitle: " + SECRET + "\n---\n");
    Files.createSymbolicLink(repo().resolve("status"), outside.getParent());
    Path repo = repo();

    OutpostException failure =
        assertThrows(
            OutpostException.class,
            () ->
                Pipeline.read(
                    new Pipeline.Request(
                        repo.resolve("outpost.yml"), repo.resolve("status/incidents"), null, NOW)));

    assertEquals(
        List.of(
            "status/incidents: leads through a symbolic link to a folder outside the config's"
                + " folder; it is not read"),
        failure.problems().stream().map(p -> p.format().replace(repo + "/", "")).toList());
  }

  @Test
  void anIncidentFolderLinkedWithinTheConfigsFolderIsRead() throws IOException {
    Files.copy(SCENARIO.resolve("outpost.yml"), repo().resolve("outpost.yml"));
    Path status = Files.createDirectories(repo().resolve("status/incidents"));
    try (var files = Files.list(SCENARIO.resolve("incidents"))) {
      for (Path file : files.toList()) {
        Files.copy(file, status.resolve(file.getFileName()));
      }
    }
    Files.createSymbolicLink(repo().resolve("incidents"), Path.of("status/incidents"));

    assertEquals(3, read().incidents().size());
  }
}
