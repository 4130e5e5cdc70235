package dev.outpost.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 *
 * <p>A document is one compact JSON object, {@code {"format": 1, "fingerprint": "…", "value": …}},
 * its members in that order: it is written and read as a stream, the value straight to and from its
 * Java type, so a document of a hundred megabytes is never held whole, as text or as a tree, beside
 * the value it holds.
 */
public final class StateFolder {
  /** The version of the envelope every document is kept in. */
  static final int FORMAT = 1;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.json");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final int BUFFER = 1 << 16;

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
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        JsonParser json = JSON.createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT
          || !member(json, "format")
          || json.nextToken() != JsonToken.VALUE_NUMBER_INT
          || json.getIntValue() != FORMAT
          || !member(json, "fingerprint")
          || json.nextToken() != JsonToken.VALUE_STRING
          || !fingerprint.equals(json.getText())
          || !member(json, "value")) {
        warnings.accept(
            file
                + " was kept by another version or for another configuration; starting without it");
        return Optional.empty();
      }
      json.nextToken();
      T value = JSON.readValue(json, type);
      if (json.nextToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
        throw new JsonParseException(json, "more than one document");
      }
      if (value == null) {
        throw MismatchedInputException.from(json, type, "no value");
      }
      return Optional.of(value);
    } catch (IOException e) {
      warnings.accept(
          file + " cannot be read (" + e.getClass().getSimpleName() + "); starting without it");
      return Optional.empty();
    }
  }

  /** Whether the parser's next token is the member {@code name}. */
  private static boolean member(JsonParser json, String name) throws IOException {
    return json.nextToken() == JsonToken.FIELD_NAME && name.equals(json.currentName());
  }

  /** Writes {@code value} as the document {@code name}, atomically, under {@code fingerprint}. */
  public void write(String name, Object value, String fingerprint) throws IOException {
    Path file = file(name);
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + name, ".partial");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER);
          JsonGenerator json = JSON.createGenerator(out)) {
        json.writeStartObject();
        json.writeNumberField("format", FORMAT);
        json.writeStringField("fingerprint", fingerprint);
        json.writeFieldName("value");
        JSON.writeValue(json, value);
        json.writeEndObject();
      }
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
