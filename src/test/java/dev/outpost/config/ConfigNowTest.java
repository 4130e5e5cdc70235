package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code now:} fixes the instant every build describes, read like every other time. */
class ConfigNowTest {
  private static final String CONFIG =
      """
      site: { title: Acme Status, url: https://acme.github.io/status/, timezone: Europe/Berlin }
      components: [{ id: api, name: API }]
      """;

  @TempDir Path dir;
  private final Problems problems = new Problems();

  @Test
  void withoutItBuildsDescribeTheClock() throws IOException {
    assertEquals(Optional.empty(), read(CONFIG).fixedNow());
  }

  @Test
  void aTimeWithoutAnOffsetIsReadInTheSitesZone() throws IOException {
    assertEquals(
        Optional.of(Instant.parse("2026-11-21T12:00:00Z")),
        read(CONFIG + "now: 2026-11-21T13:00\n").fixedNow());
  }

  @Test
  void anUnreadableTimeIsAProblemAtItsPlace() throws IOException {
    read(CONFIG + "now: yesterday\n");

    assertEquals(
        List.of(
            "outpost.yml:3:6: cannot read time `yesterday`: write it as 2026-11-02T14:05:00Z, or"
                + " without an offset in the site's time zone (Europe/Berlin)"),
        ProblemLines.of(problems, dir));
  }

  private SiteConfig read(String yaml) throws IOException {
    Path file = dir.resolve("outpost.yml");
    Files.writeString(file, yaml);
    return ConfigReader.read(file, problems).orElseThrow();
  }
}
