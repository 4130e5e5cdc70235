package dev.outpost.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class MarkupTest {
  @Test
  void escapesTheFiveCharactersMarkupGivesMeaningTo() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
        Markup.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"));
  }

  @Test
  void anAmpersandIsEscapedEvenWhenItStartsAReference() {
    assertEquals("&amp;amp; &amp;#39; &amp;lt", Markup.escape("&amp; &#39; &lt"));
  }

  @Test
  void keepsTextWithNothingToEscapeAsItIs() {
    String text = "API, Web und CDN: 99,97 % — 稼働率 🚀\ttab\nline\r";
    assertSame(text, Markup.escape(text));
  }

  @Test
  void dropsWhatXmlCannotHold() {
    assertEquals("ab", Markup.escape("a\u0000\u0001\u0008\u000b\u000c\u001b\u001fb"));
    assertEquals("ab", Markup.escape("a\ufffe\uffffb"));
    assertEquals("a&lt;b", Markup.escape("a\u0007<b"));
  }

  @Test
  void keepsSurrogatePairsAndDropsLoneHalves() {
    assertEquals("🚀", Markup.escape("🚀"));
    assertEquals("ab", Markup.escape("a\ud83db"));
    assertEquals("ab", Markup.escape("a\ude80b"));
    assertEquals("a", Markup.escape("a\ud83d"));
    assertEquals("&amp;🚀x", Markup.escape("&\ud83d\ude80\ude80x"));
  }

  /** Whatever the text, an XML parser reads it back, as element text and as either attribute. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert('x')</script>",
        "\"'&<>",
        "a\u0000b\u0001c",
        "]]>",
        "\ud83d<\ude80",
        "&#0; &#x1;"
      })
  void anXmlParserReadsTheTextBack(String text) throws Exception {
    String escaped = Markup.escape(text);
    String xml = "<e a=\"" + escaped + "\" b='" + escaped + "'>" + escaped + "</e>";
    Element e =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)))
            .getDocumentElement();
    String kept = text.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "");
    kept = kept.replaceAll("\\p{Cs}", "");
    assertEquals(kept, e.getTextContent());
    assertEquals(kept, e.getAttribute("a"));
    assertEquals(kept, e.getAttribute("b"));
  }
}
