package dev.outpost.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.render.SiteLinks;
import dev.outpost.words.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo written in each language: its words, dates, plurals, feeds and calendar. */
class LanguagesTest {
  private static final String NOW = "2026-11-21T12:00:00Z";

  @TempDir Path temp;

  private Path build(String language) throws IOException {
    return build(language, "");
  }

  private Path build(String language, String siteLines) throws IOException {
    Path config = DemoInLanguage.config(temp.resolve("src-" + language), language, siteLines);
    Path out = temp.resolve("site-" + language);
    DemoInLanguage.Built built = DemoInLanguage.build(config, out);
    assertEquals("outpost: offline: building from files only\n", built.err());
    assertEquals(0, built.code());
    return out;
  }

  private static String read(Path site, String file) throws IOException {
    return Files.readString(site.resolve(file));
  }

  @Test
  void germanSaysEverythingInGermanWithGermanDatesAndPlurals() throws IOException {
    Path site = build("de");
    String home = read(site, "index.html");
    assertTrue(home.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), "html lang");
    assertContains(home, "<p class=\"banner-text\">Geringfügige Störung</p>");
    assertContains(
        home,
        "<p class=\"banner-time\">Aktualisiert: <time datetime=\"2026-11-21T12:00:00Z\">"
            + "21. Nov. 2026, 13:00 GMT+1</time></p>");
    assertContains(home, "<h2 id=\"components\">Komponenten</h2>");
    assertContains(home, "<span class=\"status s-operational\">In Betrieb</span>");
    assertContains(home, "<h2 id=\"past\">Vergangene Störungen</h2>");
    assertContains(home, "Behoben nach 1 Std., 30 Min.");
    assertContains(home, "Verfügbarkeit von API, letzte 90 Tage: 99,97\u00a0%.");
    assertContains(home, "<a class=\"skip\" href=\"#main\">Zum Inhalt springen</a>");
    assertContains(home, "Alle Zeiten in der Zeitzone Europe/Berlin.");
    String history = read(site, "history/index.html");
    assertContains(history, "<h1>Störungsverlauf</h1>");
    assertContains(history, "<span class=\"muted\">1 Störung</span>");
    assertContains(history, "<span class=\"muted\">2 Störungen</span>");
    assertContains(history, ">November 2026</time>");
    assertContains(read(site, "404.html"), "<h1>Seite nicht gefunden</h1>");
    assertNoEnglishInterface(home);
  }

  @Test
  void japaneseSaysEverythingInJapaneseWithJapaneseDates() throws IOException {
    Path site = build("ja");
    String home = read(site, "index.html");
    assertTrue(home.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"), "html lang");
    assertContains(home, "<p class=\"banner-text\">一部のサービスに軽微な障害が発生しています</p>");
    assertContains(home, ">2026年11月21日 13:00 GMT+1</time>");
    assertContains(home, "<h2 id=\"components\">コンポーネント</h2>");
    assertContains(home, "<span class=\"status s-operational\">正常</span>");
    assertContains(home, "1 時間 30 分後に解決");
    String history = read(site, "history/index.html");
    assertContains(history, "<h1>障害履歴</h1>");
    assertContains(history, "<span class=\"muted\">2件の障害</span>");
    assertContains(history, ">2026年11月</time>");
    assertNoEnglishInterface(home);
  }

  /** Affected components and feeds are links, joined as the language joins a list. */
  @Test
  void listsOfLinksAreJoinedAsTheLanguageJoinsLists() throws IOException {
    String incident = "incidents/2026-01-27-api-and-dashboard-outage/index.html";
    Map<String, String> affected =
        Map.of(
            "en", "<dt>Affected</dt><dd>API, Dashboard, and Webhooks</dd>",
            "ja", "<dt>影響範囲</dt><dd>API、Dashboard、Webhooks</dd>",
            "zh-CN", "<dt>受影响组件</dt><dd>API、Dashboard和Webhooks</dd>");
    for (Map.Entry<String, String> language : affected.entrySet()) {
      Path site = build(language.getKey());
      String text = read(site, incident).replaceAll("<a [^>]*>|</a>", "");
      assertContains(text, language.getValue());
    }
    assertContains(
        read(temp.resolve("site-ja"), "index.html"),
        "<a href=\"feed.atom\">Atom</a>、<a href=\"feed.rss\">RSS</a>、");
  }

  @Test
  void feedsAndTheCalendarFollowTheLanguage() throws IOException {
    Path site = build("fr");
    assertContains(
        read(site, "feed.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">");
    assertContains(read(site, "feed.rss"), "<language>fr</language>");
    assertContains(read(site, "feed.json"), "\"language\": \"fr\"");
    String calendar = read(site, "maintenance.ics");
    assertContains(calendar, "X-WR-CALNAME:Maintenances de Northwind Cloud Status");
    assertContains(calendar, "SUMMARY;LANGUAGE=fr:");
    assertContains(read(site, "feed.atom"), "Résolu");
    // The API stays machine-readable: Statuspage's words, whatever the language.
    String summary = read(site, "api/v2/summary.json");
    assertContains(summary, "\"description\": \"Minor Service Outage\"");
    assertContains(summary, "\"status\": \"operational\"");
  }

  @Test
  void theSitesOwnStringsReplaceTheLanguagesAndAreEscaped() throws IOException {
    Path site =
        build(
            "de",
            """
              strings:
                index.past: "Frühere <b>Störungen</b>"
                history.incidents: "{count, plural, one {# Vorfall} other {# Vorfälle <script>}}"
            """);
    assertContains(
        read(site, "index.html"), "<h2 id=\"past\">Frühere &lt;b&gt;Störungen&lt;/b&gt;</h2>");
    String history = read(site, "history/index.html");
    assertContains(history, "<span class=\"muted\">1 Vorfall</span>");
    assertContains(history, "<span class=\"muted\">2 Vorfälle &lt;script&gt;</span>");
    assertFalse(history.contains("<script"), "no script element");
  }

  static Iterable<String> languages() {
    return Languages.SUPPORTED;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageBuildsTheDemoWithWorkingLinks(String language) throws IOException {
    Path site = build(language);
    SiteLinks.assertAllResolve(site, "/outpost/");
    String home = read(site, "index.html");
    assertContains(home, "<html lang=\"" + language + "\">");
    assertFalse(home.contains("{"), "no placeholder left on the home page");
  }

  /** The interface words English uses, which no other language's page should show. */
  private static void assertNoEnglishInterface(String html) {
    for (String english :
        new String[] {
          "Skip to content",
          "Overall status",
          "Past incidents",
          "Components</h2>",
          "No incidents reported",
          "Subscribe</h2>",
          "Powered by",
          "Resolved after",
          " uptime",
          "Operational<"
        }) {
      Matcher found = Pattern.compile(Pattern.quote(english)).matcher(html);
      assertFalse(found.find(), () -> "English left: " + english);
    }
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "missing: " + part);
  }
}
