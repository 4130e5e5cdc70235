package dev.outpost.source.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.outpost.config.Problems;
import dev.outpost.model.Incident;
import dev.outpost.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pull request can add a symbolic link to {@code incidents/}: nothing outside the folder is read
 * through one, and nothing of what it points to is quoted back. Both ways of reading the folder (a
 * build, a preview's cache) follow the same rule.
 */
class IncidentFileLinksTest {
  private static final String SECRET = "s3cret-value-from-outside";
  private static final String INCIDENT =
      """
      ---
      title: Read through a link
      components: { api: major_outage }
      started: 2026-11-02T14:05:00Z
      ---
      """;

  /** The two ways a build reads the incident folder. */
  enum Reading {
    BUILD,
    PREVIEW;

    IncidentFiles.Contents read(Path folder, Problems problems) {
      return switch (this) {
        case BUILD ->
            IncidentFiles.read(folder, IncidentFilesTest.CONFIG, IncidentFilesTest.NOW, problems);
        case PREVIEW ->
            IncidentFiles.read(
                folder,
                IncidentFilesTest.CONFIG,
                IncidentFilesTest.NOW,
                problems,
                new IncidentFiles.Cache());
      };
    }
  }

  @TempDir Path dir;
  private final Problems problems = new Problems();
  private IncidentFiles.Contents contents;

  private Path incidents() throws IOException {
    return Files.createDirectories(dir.resolve("repo/incidents"));
  }

  private Path outside(String name, String text) throws IOException {
    Path file = Files.createDirectories(dir.resolve("elsewhere")).resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private void givenLink(String name, Path target) throws IOException {
    Files.createSymbolicLink(incidents().resolve(name), target);
  }

  private void whenRead(Reading reading) throws IOException {
    Path folder = incidents();
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> contents = reading.read(folder, problems),
        "reading the folder must not wait on a pipe or read a device forever");
  }

  private void thenProblemsAre(String... expected) {
    List<String> actual =
        problems.sorted().stream()
            .map(
                p ->
                    new Problem(
                            dir.resolve("repo").relativize(Path.of(p.path())).toString(),
                            p.line(),
                            p.column(),
                            p.message())
                        .format())
            .toList();
    assertEquals(List.of(expected), actual);
  }

  private void thenNothingIsRead() {
    assertEquals(List.of(), contents.incidents());
    assertEquals(List.of(), contents.maintenance());
    for (Problem problem : problems.sorted()) {
      assertFalse(problem.message().contains(SECRET), problem.message());
      assertFalse(problem.message().contains("elsewhere"), "the target is not named");
    }
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToAnIncidentFileOutsideTheFolderIsNotPublished(Reading reading) throws IOException {
    givenLink("x.md", outside("leak.md", INCIDENT.replace("Read through a link", SECRET)));

    whenRead(reading);

    thenProblemsAre(
        "incidents/x.md:1:1: is a symbolic link to a file outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToAnyOtherFileOutsideIsNotQuotedInProblems(Reading reading) throws IOException {
    givenLink("x.md", outside("secrets.txt", "TOKEN=" + SECRET + "\n"));

    whenRead(reading);

    thenProblemsAre(
        "incidents/x.md:1:1: is a symbolic link to a file outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aRelativeLinkThatClimbsOutOfTheFolderIsNotRead(Reading reading) throws IOException {
    outside("leak.md", INCIDENT);
    givenLink("x.md", Path.of("../../elsewhere/leak.md"));

    whenRead(reading);

    thenProblemsAre(
        "incidents/x.md:1:1: is a symbolic link to a file outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToAFolderOutsideIsReported(Reading reading) throws IOException {
    outside("leak.md", INCIDENT);
    givenLink("x.md", dir.resolve("elsewhere"));

    whenRead(reading);

    thenProblemsAre(
        "incidents/x.md:1:1: is a symbolic link to a folder outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToADeviceIsNeitherReadNorWaitedOn(Reading reading) throws IOException {
    givenLink("zero.md", Path.of("/dev/zero"));

    whenRead(reading);

    thenProblemsAre(
        "incidents/zero.md:1:1: is a symbolic link to a file outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToAPipeOutsideIsNotOpened(Reading reading) throws Exception {
    Path pipe = fifo(Files.createDirectories(dir.resolve("elsewhere")).resolve("pipe"));
    givenLink("pipe.md", pipe);

    whenRead(reading);

    thenProblemsAre(
        "incidents/pipe.md:1:1: is a symbolic link to a file outside incidents/; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aPipeInsideTheFolderIsReportedAndNotOpened(Reading reading) throws Exception {
    fifo(incidents().resolve("drafts").resolve("pipe"));
    givenLink("pipe.md", Path.of("drafts/pipe"));
    fifo(incidents().resolve("fifo.md"));

    whenRead(reading);

    thenProblemsAre(
        "incidents/fifo.md:1:1: is not a regular file (a pipe, device or socket); it is not read",
        "incidents/pipe.md:1:1: is not a regular file (a pipe, device or socket); it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToNothingIsReported(Reading reading) throws IOException {
    givenLink("gone.md", dir.resolve("elsewhere/missing.md"));

    whenRead(reading);

    thenProblemsAre("incidents/gone.md:1:1: is a symbolic link to a missing file; it is not read");
    thenNothingIsRead();
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkThatStaysInsideTheFolderIsRead(Reading reading) throws IOException {
    Path drafts = Files.createDirectories(incidents().resolve("drafts"));
    Files.writeString(drafts.resolve("outage.txt"), INCIDENT);
    givenLink("outage.md", Path.of("drafts/outage.txt"));
    givenLink("via-absolute.md", drafts.resolve("outage.txt"));

    whenRead(reading);

    thenProblemsAre();
    assertEquals(
        List.of("outage", "via-absolute"),
        contents.incidents().stream().map(Incident::id).sorted().toList());
  }

  @ParameterizedTest
  @EnumSource(Reading.class)
  void aLinkToAFolderInsideIsSkippedAsAFolderIs(Reading reading) throws IOException {
    Files.createDirectories(incidents().resolve("drafts"));
    givenLink("drafts.md", Path.of("drafts"));

    whenRead(reading);

    thenProblemsAre();
    assertEquals(List.of(), contents.incidents());
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    Process mkfifo =
        new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    String output = new String(mkfifo.getInputStream().readAllBytes());
    assertEquals(0, mkfifo.waitFor(), output);
    try (Stream<Path> list = Files.list(path.getParent())) {
      assertEquals(1, list.filter(path::equals).count());
    }
    return path;
  }
}
