package dev.outpost.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.model.Brand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of {@code site:} that make the page a team's own, and the files they name. */
class BrandConfigTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

  @TempDir Path temp;
  private Path repo;
  private final Problems problems = new Problems();
  private Optional<SiteConfig> config;

  @BeforeEach
  void aRepositoryWithItsFiles() throws IOException {
    repo = Files.createDirectories(temp.resolve("repo"));
    Files.createDirectories(repo.resolve("assets"));
    Files.writeString(repo.resolve("assets/logo.svg"), SVG);
    Files.writeString(repo.resolve("assets/logo-dark.svg"), SVG.replace("/>", "><g/></svg>"));
    Files.write(repo.resolve("assets/icon.png"), PNG);
    Files.writeString(repo.resolve("assets/site.css"), ".brand { font-weight: 800; }\n");
    Files.writeString(repo.resolve("header.md"), "Call **us**.\r\n");
    Files.writeString(repo.resolve("footer.md"), "\uFEFF© Acme\n");
    Files.writeString(temp.resolve("secret.svg"), SVG);
  }

  /** A config whose {@code site:} has {@code lines} after its title and URL (from line 4). */
  private void givenSite(String... lines) throws IOException {
    StringBuilder yaml = new StringBuilder("site:\n  title: Acme\n  url: https://acme.example/\n");
    for (String line : lines) {
      yaml.append("  ").append(line).append('\n');
    }
    yaml.append("components:\n  - { id: api, name: API }\n");
    Path file = repo.resolve("outpost.yml");
    Files.writeString(file, yaml);
    config = ConfigReader.read(file, problems);
  }

  private void thenProblemsAre(String... expected) {
    assertEquals(List.of(expected), ProblemLines.of(problems, repo));
  }

  private Brand thenBrand() {
    thenProblemsAre();
    return config.orElseThrow().site().brand();
  }

  @Test
  void everyKeyReadsItsFileFromTheRepository() throws IOException {
    givenSite(
        "logo: { light: assets/logo.svg, dark: assets/logo-dark.svg }",
        "favicon: assets/icon.png",
        "brand_color: { light: \"#5a3fc0\", dark: \"#A594F9\" }",
        "css: assets/site.css",
        "header: header.md",
        "footer: footer.md");

    Brand brand = thenBrand();
    assertEquals("#5a3fc0", brand.color());
    assertEquals("#a594f9", brand.darkColor());
    assertEquals("svg", brand.logo().type());
    assertArrayEquals(SVG.getBytes(StandardCharsets.UTF_8), brand.logo().bytes());
    assertEquals("svg", brand.darkLogo().type());
    assertEquals(new Brand.File("png", PNG), brand.icon());
    assertEquals("css", brand.stylesheet().type());
    assertEquals("Call **us**.\n", brand.header());
    assertEquals("© Acme\n", brand.footer());
  }

  @Test
  void oneLogoServesBothSchemesAndOneColourGetsALighterTintForTheDarkOne() throws IOException {
    givenSite("logo: assets/logo.svg", "brand_color: \"#5A3FC0\"");

    Brand brand = thenBrand();
    assertEquals("svg", brand.logo().type());
    assertNull(brand.darkLogo());
    assertEquals("#5a3fc0", brand.color());
    // 2.39:1 on the dark cards as it is; its nearest lighter tint that reaches 4.5:1
    assertEquals("#8875d2", brand.darkColor());
  }

  @Test
  void withoutTheKeysThePageIsOutposts() throws IOException {
    givenSite();

    assertEquals(Brand.NONE, thenBrand());
  }

  @Test
  void aPathThatLeavesTheRepositoryIsRefusedAtItsLineAndColumn() throws IOException {
    givenSite(
        "logo: ../secret.svg",
        "favicon: /etc/passwd.png",
        "css: assets/../../secret.css",
        "header: C:/notes.md",
        "footer: assets\\footer.md");

    thenProblemsAre(
        "outpost.yml:4:9: the logo `../secret.svg` leads out of the config's folder through `..`;"
            + " not read",
        "outpost.yml:5:12: the favicon `/etc/passwd.png` is not relative; name a file of the"
            + " repository from the config's folder, such as assets/logo.svg",
        "outpost.yml:6:8: the style sheet `assets/../../secret.css` leads out of the config's"
            + " folder through `..`; not read",
        "outpost.yml:7:11: the header `C:/notes.md` is not relative; name a file of the repository"
            + " from the config's folder, such as assets/logo.svg",
        "outpost.yml:8:11: the footer `assets\\footer.md` holds `\\`; separate folders with `/`,"
            + " such as assets/logo.svg");
  }

  @Test
  void aSymbolicLinkOutOfTheRepositoryIsNotFollowed() throws IOException {
    Files.createSymbolicLink(repo.resolve("assets/linked.svg"), temp.resolve("secret.svg"));
    Path outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(outside.resolve("header.md"), "from outside the repository");
    Files.createSymbolicLink(repo.resolve("shared"), outside);

    givenSite("logo: assets/linked.svg", "header: shared/header.md");

    thenProblemsAre(
        "outpost.yml:4:9: the logo `assets/linked.svg` leads through a symbolic link outside the"
            + " config's folder; it is not read",
        "outpost.yml:5:11: the header `shared/header.md` leads through a symbolic link outside the"
            + " config's folder; it is not read");
  }

  @Test
  void aSymbolicLinkInsideTheRepositoryIsFollowed() throws IOException {
    Files.createSymbolicLink(repo.resolve("logo.svg"), repo.resolve("assets/logo.svg"));

    givenSite("logo: logo.svg");

    assertEquals("svg", thenBrand().logo().type());
  }

  @Test
  void aMissingFileIsAnErrorAtItsLineAndColumn() throws IOException {
    givenSite(
        "logo: { light: assets/logo.svg, dark: assets/missing.svg }",
        "favicon: assets",
        "css: assets/none.css");

    thenProblemsAre(
        "outpost.yml:4:41: the dark logo `assets/missing.svg`: no such file in the config's folder",
        "outpost.yml:5:12: the favicon `assets` must be a file ending in .ico, .png, .svg",
        "outpost.yml:6:8: the style sheet `assets/none.css`: no such file in the config's folder");
  }

  @Test
  void aFileMustBeWhatItsNameSays() throws IOException {
    Files.writeString(repo.resolve("assets/fake.png"), SVG);
    Files.write(repo.resolve("assets/binary.svg"), PNG);
    Files.writeString(repo.resolve("assets/logo.gif"), "GIF89a");

    givenSite("logo: assets/fake.png", "favicon: assets/binary.svg", "css: assets/logo.gif");

    thenProblemsAre(
        "outpost.yml:4:9: the logo `assets/fake.png` is not a PNG image",
        "outpost.yml:5:12: the favicon `assets/binary.svg` is not an SVG image",
        "outpost.yml:6:8: the style sheet `assets/logo.gif` must be a file ending in .css");
  }

  @Test
  void anSvgWithAScriptIsRefused() throws IOException {
    Files.writeString(
        repo.resolve("assets/script.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    Files.writeString(
        repo.resolve("assets/handler.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    Files.writeString(
        repo.resolve("assets/prefixed.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:s=\"http://www.w3.org/2000/svg\">"
            + "<s:script>alert(1)</s:script></svg>");

    givenSite(
        "logo: { light: assets/script.svg, dark: assets/handler.svg }",
        "favicon: assets/prefixed.svg",
        "css: assets/site.css");
    String because =
        " holds a script (a <script> or <foreignObject> element, an on...= handler or a"
            + " javascript: link) or what could hide one (a &#...; character reference, a"
            + " <!DOCTYPE> or <!ENTITY>); an image for the page must not";
    thenProblemsAre(
        "outpost.yml:4:18: the logo `assets/script.svg`" + because,
        "outpost.yml:4:43: the dark logo `assets/handler.svg`" + because,
        "outpost.yml:5:12: the favicon `assets/prefixed.svg`" + because);
  }

  @Test
  void anSvgThatCouldHideAScriptInACharacterReferenceIsRefused() throws IOException {
    Files.writeString(
        repo.resolve("assets/encoded.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\">"
            + "<a x:href=\"&#106;avascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a></svg>");

    givenSite("logo: assets/encoded.svg");

    thenProblemsAre(
        "outpost.yml:4:9: the logo `assets/encoded.svg` holds a script (a <script> or"
            + " <foreignObject> element, an on...= handler or a javascript: link) or what could"
            + " hide one (a &#...; character reference, a <!DOCTYPE> or <!ENTITY>); an image for"
            + " the page must not");
  }

  @Test
  void aColourThatFailsInTheDarkSchemeIsAnErrorWithOneThatPasses() throws IOException {
    // #5a3fc0: 6.78:1 on the light cards, 2.39:1 on the dark ones
    givenSite("brand_color: { light: \"#5a3fc0\", dark: \"#5a3fc0\" }");

    thenProblemsAre(
        "outpost.yml:4:42: brand colour #5a3fc0 has a contrast of 2.39:1 against the dark"
            + " scheme's background #151b23; links need at least 4.5:1 (WCAG AA): use a lighter"
            + " colour, such as \"#8875d2\"");
    assertEquals("#5a3fc0", config.orElseThrow().site().brand().color());
    assertNull(config.orElseThrow().site().brand().darkColor());
  }

  @Test
  void aColourThatFailsInTheLightSchemeIsAnErrorWithOneThatPasses() throws IOException {
    // #a594f9: 6.76:1 on the dark cards, 2.40:1 on the light ones
    givenSite("brand_color: { light: \"#a594f9\", dark: \"#a594f9\" }");

    thenProblemsAre(
        "outpost.yml:4:25: brand colour #a594f9 has a contrast of 2.40:1 against the light"
            + " scheme's background #f6f8fa; links need at least 4.5:1 (WCAG AA): use a darker"
            + " colour, such as \"#7468ae\"");
    assertNull(config.orElseThrow().site().brand().color());
    assertEquals("#a594f9", config.orElseThrow().site().brand().darkColor());
  }

  @Test
  void oneColourMustPassInTheLightScheme() throws IOException {
    givenSite("brand_color: \"#a594f9\"");

    thenProblemsAre(
        "outpost.yml:4:16: brand colour #a594f9 has a contrast of 2.40:1 against the light"
            + " scheme's background #f6f8fa; links need at least 4.5:1 (WCAG AA): use a darker"
            + " colour, such as \"#7468ae\"");
  }

  @Test
  void theSuggestedColoursPass() {
    for (String color : List.of("#5a3fc0", "#a594f9", "#ffcc00", "#777777", "#000000")) {
      for (Contrast.Scheme scheme : Contrast.Scheme.values()) {
        String suggested = scheme.nearestPassing(color);
        assertTrue(scheme.ratio(suggested) >= Contrast.AA, scheme + " " + color + " " + suggested);
      }
    }
  }

  @Test
  void anUnquotedColourIsAComment() throws IOException {
    givenSite("brand_color: #5a3fc0", "favicon:");

    thenProblemsAre(
        "outpost.yml:4:3: missing value for `brand_color`; write the colour in quotes, such as"
            + " `brand_color: \"#5a3fc0\"` (unquoted, `#` starts a comment)");
  }

  @Test
  void aColourIsHex() throws IOException {
    givenSite("brand_color: { light: purple, dark: \"#12345\", lite: \"#000\" }");

    thenProblemsAre(
        "outpost.yml:4:25: invalid colour `purple`: write it as \"#rrggbb\" in quotes, such as"
            + " \"#5a3fc0\"",
        "outpost.yml:4:39: invalid colour `#12345`: write it as \"#rrggbb\" in quotes, such as"
            + " \"#5a3fc0\"",
        "outpost.yml:4:49: unknown key `lite`; valid keys here: `light`, `dark`");
  }
}
