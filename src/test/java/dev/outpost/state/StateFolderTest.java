package dev.outpost.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFolderTest {
  record Sent(String incident, Instant at, List<String> channels) {}

  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  StateFolder state() {
    return StateFolder.at(dir.resolve("state"), warnings::add);
  }

  @Test
  void givesBackWhatWasWrittenUnderTheSameFingerprint() throws IOException {
    Sent sent = new Sent("gh-12", Instant.parse("2026-11-02T14:05:00Z"), List.of("slack", "email"));
    state().write("notify.json", sent, "config-a");

    assertEquals(Optional.of(sent), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aMissingDocumentIsEmptyWithoutAWord() {
    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aDocumentForAnotherConfigurationIsEmptyAndSaidOnce() throws IOException {
    state().write("notify.json", new Sent("gh-1", Instant.EPOCH, List.of()), "config-a");

    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-b"));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).contains("another version or for another configuration"),
        warnings::toString);
  }

  @Test
  void aDocumentOfAnotherFormatIsEmpty() throws IOException {
    Files.createDirectories(dir.resolve("state"));
    Files.writeString(
        dir.resolve("state/notify.json"),
        "{\"format\": "
            + (StateFolder.FORMAT + 1)
            + ", \"fingerprint\": \"config-a\", \"value\": {}}");

    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(1, warnings.size());
  }

  @Test
  void aDamagedDocumentIsEmptyAndSaidOnce() throws IOException {
    state().write("notify.json", new Sent("gh-1", Instant.EPOCH, List.of()), "config-a");
    Path file = dir.resolve("state/notify.json");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("cannot be read"), warnings::toString);
  }

  @Test
  void aDocumentIsOneCompactLineWithItsEnvelopeFirst() throws IOException {
    state().write("notify.json", new Sent("gh-1", Instant.EPOCH, List.of("slack")), "config-a");

    assertEquals(
        "{\"format\":1,\"fingerprint\":\"config-a\",\"value\":{\"incident\":\"gh-1\","
            + "\"at\":\"1970-01-01T00:00:00Z\",\"channels\":[\"slack\"]}}",
        Files.readString(dir.resolve("state/notify.json")));
  }

  @Test
  void aPrettyPrintedDocumentIsRead() throws IOException {
    Files.createDirectories(dir.resolve("state"));
    Files.writeString(
        dir.resolve("state/notify.json"),
        """
        {
          "format" : 1,
          "fingerprint" : "config-a",
          "value" : {
            "incident" : "gh-1",
            "at" : "1970-01-01T00:00:00Z",
            "channels" : [ "slack" ]
          }
        }
        """);

    assertEquals(
        Optional.of(new Sent("gh-1", Instant.EPOCH, List.of("slack"))),
        state().read("notify.json", Sent.class, "config-a"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void anEnvelopeInAnotherOrderIsForeign() throws IOException {
    Files.createDirectories(dir.resolve("state"));
    Files.writeString(
        dir.resolve("state/notify.json"),
        "{\"fingerprint\": \"config-a\", \"format\": 1, \"value\": {\"incident\": \"gh-1\"}}");

    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).contains("another version or for another configuration"),
        warnings::toString);
  }

  @Test
  void aDocumentWithoutAValueOrWithMoreAfterItCannotBeRead() throws IOException {
    Files.createDirectories(dir.resolve("state"));
    Path file = dir.resolve("state/notify.json");
    String head = "{\"format\": 1, \"fingerprint\": \"config-a\", \"value\": ";
    for (String text :
        List.of(
            head + "null}",
            head + "{\"incident\": \"gh-1\"}, \"more\": 1}",
            head + "{\"incident\": \"gh-1\"}} {}",
            head + "{\"incident\": \"gh-1\"}")) {
      warnings.clear();
      Files.writeString(file, text);

      assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"), text);
      assertEquals(1, warnings.size(), text);
      assertTrue(warnings.get(0).contains("cannot be read"), warnings::toString);
    }
  }

  @Test
  void aLinkInPlaceOfADocumentIsNotFollowed() throws IOException {
    Path outside = dir.resolve("outside.json");
    Files.writeString(outside, "{\"format\": 1, \"fingerprint\": \"config-a\", \"value\": {}}");
    Files.createDirectories(dir.resolve("state"));
    Files.createSymbolicLink(dir.resolve("state/notify.json"), outside);

    assertEquals(Optional.empty(), state().read("notify.json", Sent.class, "config-a"));
    assertEquals(1, warnings.size());
  }

  @Test
  void aWriteLeavesNoTemporaryFileBehind() throws IOException {
    state().write("notify.json", new Sent("gh-1", Instant.EPOCH, List.of()), "config-a");
    state().write("notify.json", new Sent("gh-2", Instant.EPOCH, List.of()), "config-a");

    try (var files = Files.list(dir.resolve("state"))) {
      assertEquals(List.of("notify.json"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(
        "gh-2", state().read("notify.json", Sent.class, "config-a").orElseThrow().incident());
  }

  @Test
  void namesThatCouldLeaveTheFolderAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> state().write("../x.json", "v", "f"));
    assertThrows(IllegalArgumentException.class, () -> state().read("a/b.json", String.class, "f"));
  }
}
