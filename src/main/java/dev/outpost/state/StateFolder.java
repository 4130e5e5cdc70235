package dev.outpost.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a run keeps for the next one: a folder of named JSON documents that the workflow restores
 * and saves with {@code actions/cache}, never commits.
 *
 * <p>Losing the folder, or any document in it, must always be safe, so {@link #read} treats a
 * missing, damaged or foreign document alike: it is empty, and a damaged or foreign one is named in
 * one warning. A document is foreign when it was written by another version of this format or for
 * another configuration: each document carries the fingerprint its writer passed, and a reader
 * passing a different one gets nothing. Writes are atomic: a reader sees the old document or the
 * new one, never half of either.
 */
public final class StateFolder {
  /** The version of the envelope every document is kept in. */
  static final int FORMAT = 1;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.json");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path folder;
  private final Consumer<String> warnings;

  private StateFolder(Path folder, Consumer<String> warnings) {
    this.folder = folder;
    this.warnings = warnings;
  }

  /**
   * The state kept in {@code folder}, which need not exist yet.
   *
   * @param warnings hears one line for each document that exists but cannot be used
   */
  public static StateFolder at(Path folder, Consumer<String> warnings) {
    return new StateFolder(folder, warnings);
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /**
   * The document {@code name} as {@code type}, when it exists, can be read and was written with the
   * same {@code fingerprint}.
   */
  public <T> Optional<T> read(String name, Class<T> type, String fingerprint) {
    Path file = file(name);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      warnings.accept(file + " is not a regular file; starting without it");
      return Optional.empty();
    }
    try {
      JsonNode envelope = JSON.readTree(file.toFile());
      if (envelope == null
          || envelope.path("format").asInt() != FORMAT
          || !fingerprint.equals(envelope.path("fingerprint").asText(null))) {
        warnings.accept(
            file
                + " was kept by another version or for another configuration; starting without it");
        return Optional.empty();
      }
      return Optional.of(JSON.treeToValue(envelope.path("value"), type));
    } catch (IOException e) {
      warnings.accept(
          file + " cannot be read (" + e.getClass().getSimpleName() + "); starting without it");
      return Optional.empty();
    }
  }

  /** Writes {@code value} as the document {@code name}, atomically, under {@code fingerprint}. */
  public void write(String name, Object value, String fingerprint) throws IOException {
    Path file = file(name);
    Files.createDirectories(folder);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("format", FORMAT);
    envelope.put("fingerprint", fingerprint);
    envelope.set("value", JSON.valueToTree(value));
    Path temporary = Files.createTempFile(folder, "." + name, ".partial");
    try {
      JSON.writeValue(temporary.toFile(), envelope);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * What {@code folder} holds, as a line a document (name, size and time of its last change), so
   * that a run can tell whether it kept anything new; empty when there is no folder or it cannot be
   * listed.
   */
  public static String listing(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    StringBuilder listing = new StringBuilder();
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          listing
              .append(file.getFileName())
              .append(' ')
              .append(Files.size(file))
              .append(' ')
              .append(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis())
              .append('\n');
        }
      }
    } catch (IOException e) {
      return "";
    }
    return listing.toString();
  }

  private Path file(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a state document name: " + name);
    }
    return folder.resolve(name);
  }
}
