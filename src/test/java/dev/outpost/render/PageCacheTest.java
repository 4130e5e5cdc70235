package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.cache.Canonical;
import dev.outpost.model.Incident;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page cache on its own: what it hands back, to which code and settings, and what it keeps. */
class PageCacheTest {
  @TempDir Path dir;
  private final List<String> notices = new ArrayList<>();

  @Test
  void aKeptPageIsHandedBackForAnEqualValueWithoutRendering() throws IOException {
    Incident incident = Demo.apiErrors();
    PageCache first = open("a", Demo.page());
    assertArrayEquals(
        bytes("api page"), first.get("incident.jte", incident, () -> bytes("api page")));
    assertEquals(0, first.hits());
    assertEquals(1, first.misses());
    first.save();
    assertTrue(Files.isRegularFile(dir.resolve(PageCache.FILE)));

    PageCache second = open("a", Demo.page());
    // An equal incident built anew, not the same object.
    Incident equal = Demo.apiErrors();
    assertArrayEquals(bytes("api page"), second.get("incident.jte", equal, mustNotRender()));
    assertEquals(1, second.hits());
    assertEquals(0, second.misses());
    assertEquals(List.of(), notices);
  }

  @Test
  void aValueThatDiffersInAnythingIsRenderedAgain() throws IOException {
    Incident incident = Demo.apiErrors();
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", incident, () -> bytes("old page"));
    first.save();

    PageCache second = open("a", Demo.page());
    Incident retitled =
        new Incident(
            incident.id(),
            incident.title() + " (corrected)",
            incident.declaredImpact(),
            incident.updates(),
            incident.body(),
            incident.postmortem(),
            incident.origin());
    assertArrayEquals(
        bytes("new page"), second.get("incident.jte", retitled, () -> bytes("new page")));
    assertEquals(0, second.hits());
    assertEquals(1, second.misses());
  }

  @Test
  void keysWithTheSameHashAndLengthAreComparedInFull() throws IOException {
    // 'A' * 31 + 'a' == 'B' * 31 + 'B': the keys differ, their hashes and lengths do not.
    String kept = "Aa";
    String asked = "BB";
    assertEquals(
        Arrays.hashCode(bytes("incident.jte\n" + Canonical.of(kept))),
        Arrays.hashCode(bytes("incident.jte\n" + Canonical.of(asked))));
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", kept, () -> bytes("page of Aa"));
    first.save();

    PageCache second = open("a", Demo.page());
    assertArrayEquals(
        bytes("page of BB"), second.get("incident.jte", asked, () -> bytes("page of BB")));
    assertArrayEquals(bytes("page of Aa"), second.get("incident.jte", kept, mustNotRender()));
    assertEquals(1, second.hits());
    assertEquals(1, second.misses());
  }

  @Test
  void keysThatUtf8WouldWriteAlikeAreKeptApart() throws IOException {
    // An unpaired surrogate has no UTF-8 form: String.getBytes writes '?' in its place.
    String lone = "notes\uD800";
    String question = "notes?";
    assertArrayEquals(bytes(lone), bytes(question));
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", lone, () -> bytes("page of the surrogate"));
    first.save();

    PageCache second = open("a", Demo.page());
    assertArrayEquals(
        bytes("page of ?"), second.get("incident.jte", question, () -> bytes("page of ?")));
    assertArrayEquals(
        bytes("page of the surrogate"), second.get("incident.jte", lone, mustNotRender()));
    assertEquals(1, second.hits());
    assertEquals(1, second.misses());
  }

  @Test
  void keyBytesArePlainUtf8ButForUnpairedSurrogates() {
    for (String text : List.of("", "a", "é", "\uD83D\uDE00", "?", "a\uD83D\uDE00b")) {
      assertArrayEquals(bytes(text), Canonical.utf8(text), text);
    }
    assertArrayEquals(
        new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, Canonical.utf8("a\uD800"));
    assertArrayEquals(
        new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80, 'b'}, Canonical.utf8("\uDC00b"));
    List<String> texts =
        List.of(
            "?",
            "??",
            "\uD800",
            "\uDC00",
            "\uD800?",
            "?\uDC00",
            "\uDC00\uD800",
            "\uD800\uDC00",
            "\uD800\uD800",
            "\uDBFF\uDFFF",
            "\uFFFD",
            "\uDBFF");
    List<String> seen = new ArrayList<>();
    for (String text : texts) {
      String hex = HexFormat.of().formatHex(Canonical.utf8(text));
      assertFalse(
          seen.contains(hex), text.chars().mapToObj(Integer::toHexString).toList() + " " + hex);
      seen.add(hex);
    }
  }

  @Test
  void settingsThatUtf8WouldWriteAlikeAreKeptApart() throws IOException {
    PageCache first = open("a", titled("Acme \uDC00"));
    first.get("incident.jte", Demo.apiErrors(), () -> bytes("page of the surrogate"));
    first.save();

    PageCache second = open("a", titled("Acme ?"));
    assertArrayEquals(
        bytes("page of ?"), second.get("incident.jte", Demo.apiErrors(), () -> bytes("page of ?")));
    assertEquals(0, second.hits());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("other settings"), notices.get(0));
  }

  @Test
  void theKindOfPageIsPartOfTheKey() throws IOException {
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", Demo.apiErrors(), () -> bytes("incident page"));
    first.save();

    PageCache second = open("a", Demo.page());
    assertArrayEquals(
        bytes("other page"),
        second.get("maintenance.jte", Demo.apiErrors(), () -> bytes("other page")));
    assertEquals(0, second.hits());
  }

  @Test
  void pagesKeptByOtherCodeAreNotUsed() throws IOException {
    PageCache a = open("a", Demo.page());
    a.get("incident.jte", Demo.apiErrors(), () -> bytes("rendered by a"));
    a.save();

    PageCache b = open("b", Demo.page());
    AtomicInteger renders = new AtomicInteger();
    byte[] page =
        b.get(
            "incident.jte",
            Demo.apiErrors(),
            () -> {
              renders.incrementAndGet();
              return bytes("rendered by b");
            });

    assertArrayEquals(bytes("rendered by b"), page);
    assertEquals(1, renders.get());
    assertEquals(0, b.hits());
    assertEquals(1, b.misses());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("another build of Outpost"), notices.get(0));
    assertTrue(notices.get(0).contains(dir.resolve(PageCache.FILE).toString()), notices.get(0));
  }

  @Test
  void pagesKeptForOtherSettingsAreNotUsed() throws IOException {
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", Demo.apiErrors(), () -> bytes("on status.acme.example"));
    first.save();

    PageCache second = open("a", Demo.page("https://acme.example/status/"));
    assertArrayEquals(
        bytes("on acme.example"),
        second.get("incident.jte", Demo.apiErrors(), () -> bytes("on acme.example")));
    assertEquals(0, second.hits());
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).contains("other settings"), notices.get(0));
  }

  @Test
  void theFileKeepsExactlyThePagesTheLastBuildUsed() throws IOException {
    Incident api = Demo.apiErrors();
    Incident september = Demo.septemberOutage();
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", api, () -> bytes("api"));
    first.get("incident.jte", september, () -> bytes("september"));
    first.save();

    PageCache second = open("a", Demo.page());
    assertArrayEquals(bytes("api"), second.get("incident.jte", api, mustNotRender()));
    second.save(); // September was not asked for: it is dropped.

    PageCache third = open("a", Demo.page());
    assertArrayEquals(bytes("api"), third.get("incident.jte", api, mustNotRender()));
    assertArrayEquals(
        bytes("september again"),
        third.get("incident.jte", september, () -> bytes("september again")));
    assertEquals(1, third.hits());
    assertEquals(1, third.misses());
    third.save();

    PageCache fourth = open("a", Demo.page());
    assertArrayEquals(
        bytes("september again"), fourth.get("incident.jte", september, mustNotRender()));
    assertArrayEquals(bytes("api"), fourth.get("incident.jte", api, mustNotRender()));
    assertEquals(2, fourth.hits());
  }

  @Test
  void aReusedPageIsCopiedOutSoChangingItChangesNothingKept() throws IOException {
    PageCache first = open("a", Demo.page());
    first.get("incident.jte", Demo.apiErrors(), () -> bytes("api"));
    first.save();

    PageCache second = open("a", Demo.page());
    byte[] page = second.get("incident.jte", Demo.apiErrors(), mustNotRender());
    page[0] = 'X';
    second.save();

    PageCache third = open("a", Demo.page());
    assertArrayEquals(bytes("api"), third.get("incident.jte", Demo.apiErrors(), mustNotRender()));
  }

  @Test
  void savingBeforeAnyBuildBeganIsRefused() {
    PageCache cache = PageCache.in(dir, "a", notices::add);

    assertThrows(IllegalStateException.class, cache::save);
    assertFalse(Files.exists(dir.resolve(PageCache.FILE)));
  }

  /** The demo page with the site titled {@code title}. */
  private static StatusPage titled(String title) {
    StatusPage page = Demo.page();
    Site site = page.site();
    return new StatusPage(
        new Site(
            title,
            site.description(),
            site.url(),
            site.zone(),
            site.notice(),
            site.links(),
            site.repository()),
        page.groups(),
        page.components(),
        page.uptime(),
        page.incidents(),
        page.maintenance());
  }

  private PageCache open(String code, StatusPage page) {
    PageCache cache = PageCache.in(dir, code, notices::add);
    cache.begin(page);
    return cache;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Supplier<byte[]> mustNotRender() {
    return () -> {
      throw new AssertionError("rendered a page the cache holds");
    };
  }
}
