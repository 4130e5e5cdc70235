package dev.outpost.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepOutputsTest {
  @TempDir Path dir;

  @Test
  void appendsOneLinePerOutputAndKeepsWhatWasThere() throws IOException {
    Path file = dir.resolve("output");
    Files.writeString(file, "earlier=1\n");

    StepOutputs.append(file, Map.of("indicator", "minor"));

    assertEquals("earlier=1\nindicator=minor\n", Files.readString(file));
  }

  @Test
  void writesMultiLineValuesWithADelimiterTheyDoNotContain() throws IOException {
    Path file = dir.resolve("output");
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("text", "one\nOUTPOST_EOF\ntwo");

    StepOutputs.append(file, outputs);

    assertEquals(
        "text<<OUTPOST_EOF_1\none\nOUTPOST_EOF\ntwo\nOUTPOST_EOF_1\n", Files.readString(file));
  }
}
