package dev.outpost.config;

import dev.outpost.config.yaml.Location;
import dev.outpost.config.yaml.Report;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a whole text file as UTF-8, reporting why it cannot. */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The file's text with line ends made {@code \n} and any byte order mark removed; empty after
   * reporting a problem when the file is missing, unreadable or not UTF-8.
   */
  public static Optional<String> read(Path file, Report report) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      report.unreadable("file not found");
      return Optional.empty();
    } catch (IOException e) {
      report.unreadable("cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, report);
  }

  private static Optional<String> decode(byte[] bytes, Report report) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    // Malformed UTF-8 decodes to U+FFFD here; only then is the strict decoder needed, to tell.
    try {
      text =
          text.indexOf('\uFFFD') < 0
              ? text
              : StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(bytes))
                  .toString();
    } catch (CharacterCodingException e) {
      report.at(Location.FILE, "the file is not valid UTF-8; save it as UTF-8");
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(
        text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
  }
}
