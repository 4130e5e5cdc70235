package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids become path segments only if they match {@link #ID} and hold no {@code ..}; that is the
 * definition, which {@link SitePaths} checks character by character.
 */
class SitePathsTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "7", "db-down", "gh-12", "A.b_c-9", "v1.2.3", "x.", "a_-_."})
  void anIdOfLettersDigitsDotsUnderscoresAndHyphensIsASegment(String id) {
    assertEquals("incidents/" + id + "/", SitePaths.incident(id));
    assertEquals("components/" + id + "/", SitePaths.component(id));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "", ".", "..", ".hidden", "-x", "_x", "a..b", "x..", "a/b", "a b", "a\n", "é", "a%2e",
        "\uFF21", "\u0661", "\u212A"
      })
  void anyOtherIdIsRefused(String id) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SitePaths.incident(id));
    assertEquals("not usable in a URL: id \"" + id + "\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SitePaths.component(id));
  }

  @Property(tries = 10000)
  void refusesExactlyWhatTheDefinitionRefuses(@ForAll("ids") String id) {
    boolean usable = ID.matcher(id).matches() && !id.contains("..");
    boolean accepted;
    try {
      accepted = SitePaths.incident(id).equals("incidents/" + id + "/");
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertEquals(usable, accepted, id);
    Statistics.collect(usable ? "usable" : "refused");
    // Else the property would hold by refusing everything, or by accepting everything.
    Statistics.coverage(
        coverage -> {
          coverage.check("usable").percentage(p -> p >= 15);
          coverage.check("refused").percentage(p -> p >= 20);
        });
  }

  /**
   * Short strings, mostly of allowed characters, sometimes of one at or next to the edge of an
   * allowed range or of a few others that look alike; and strings of any characters at all.
   */
  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> allowed = Arbitraries.of('a', 'z', 'A', 'Z', '0', '9', '.', '_', '-');
    Arbitrary<Character> other =
        Arbitraries.of(
            '`', '{', '@', '[', '/', ':', ',', '^', ' ', '\n', '\u0000', '\u00e9', '\u017f',
            '\u212a', '\u0661', '\uff21', '\ud83d', '\ude00');
    Arbitrary<String> nearlyIds =
        Arbitraries.frequencyOf(Tuple.of(8, allowed), Tuple.of(1, other))
            .list()
            .ofMaxSize(8)
            .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    return Arbitraries.frequencyOf(
        Tuple.of(4, nearlyIds), Tuple.of(1, Arbitraries.strings().all().ofMaxLength(6)));
  }
}
