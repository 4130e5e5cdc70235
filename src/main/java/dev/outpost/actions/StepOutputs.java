package dev.outpost.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** Step outputs, appended to the file GitHub Actions names in {@code GITHUB_OUTPUT}. */
public final class StepOutputs {
  private StepOutputs() {}

  /**
   * Appends {@code name=value} lines; a value with a line break is written in the multi-line form
   * ({@code name<<DELIMITER}) with a delimiter that the value does not contain.
   */
  public static void append(Path file, Map<String, String> outputs) throws IOException {
    StringBuilder text = new StringBuilder();
    outputs.forEach(
        (name, value) -> {
          if (value.contains("\n") || value.contains("\r")) {
            String delimiter = delimiter(value);
            text.append(name).append("<<").append(delimiter).append('\n');
            text.append(value).append('\n').append(delimiter).append('\n');
          } else {
            text.append(name).append('=').append(value).append('\n');
          }
        });
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static String delimiter(String value) {
    String delimiter = "OUTPOST_EOF";
    for (int n = 1; value.contains(delimiter); n++) {
      delimiter = "OUTPOST_EOF_" + n;
    }
    return delimiter;
  }
}
