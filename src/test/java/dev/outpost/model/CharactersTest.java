package dev.outpost.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text in the model holds only characters that XML, HTML and UTF-8 can carry. */
class CharactersTest {
  @Test
  void replacesControlsNoncharactersAndLoneSurrogatesOneForOne() {
    assertEquals("java\uFFFDscript", Characters.clean("java\u0000script"));
    assertEquals(
        "\uFFFD".repeat(9),
        Characters.clean("\u0001\u001F\u007F\u0080\u0085\u009F\uFDD0\uFFFE\uFFFF"));
    assertEquals("a\uFFFDb\uFFFD", Characters.clean("a\uDC00b\uD800"));
    assertEquals("plane 1: \uFFFD", Characters.clean("plane 1: \uD83F\uDFFE"), "U+1FFFE");
  }

  @Test
  void theNoncharacterBlockEndsAtFdefAndAHighSurrogateNeedsALowOne() {
    assertEquals("\uFDCF\uFFFD\uFDF0", Characters.clean("\uFDCF\uFDEF\uFDF0"));
    assertEquals("\uFFFDa", Characters.clean("\uD800a"));
    assertEquals("\uD83D\uDE00", Characters.clean("\uD83D\uDE00"));
  }

  @Test
  void keepsEverythingElseAsItIs() {
    for (String text :
        List.of(
            "Tab\tline\nreturn\r",
            "Ünïcödé, 日本語, emoji 🚀 and 👩‍💻",
            "bidi \u202Eoverride\u202C, zero\u200Bwidth, \u2028separator",
            "\uFDCF\uFDF0\uFFFD\uFFFC")) {
      assertSame(text, Characters.clean(text));
    }
    assertNull(Characters.clean(null));
  }

  @Test
  void everyTextOfARecordIsCleanWhateverMadeIt() {
    Incident incident =
        new Incident(
            "x",
            "Title\u0007",
            null,
            List.of(
                new IncidentUpdate(
                    java.time.Instant.EPOCH,
                    IncidentState.INVESTIGATING,
                    java.util.Map.of(),
                    "\u001B[31m")),
            "\uFFFF",
            false,
            Origin.file("x.md"));
    assertEquals("Title\uFFFD", incident.title());
    assertEquals("\uFFFD[31m", incident.updates().get(0).body());
    assertEquals("\uFFFD", incident.body());
    assertEquals("A\uFFFD", new Component("a", "A\u0000", "", null, null).name());
  }
}
