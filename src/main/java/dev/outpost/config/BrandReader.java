package dev.outpost.config;

import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import dev.outpost.model.Brand;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the keys of {@code site:} that make the page a team's own ({@code logo}, {@code favicon},
 * {@code brand_color}, {@code css}, {@code header}, {@code footer}) into a {@link Brand}, reading
 * the files they name from the config's folder ({@link RepositoryFiles}) and checking the colour's
 * contrast in both schemes ({@link Contrast}).
 */
final class BrandReader {
  private static final Set<String> IMAGES = Set.of("svg", "png");
  private static final Set<String> ICONS = Set.of("svg", "png", "ico");
  private static final Set<String> MARKDOWN = Set.of("md", "markdown");

  /**
   * What a logo must not hold: the page shows it only through {@code <img>}, but the file is also
   * published, and opened on its own it runs whatever it holds. Elements are matched with any
   * namespace prefix; character references and document types are refused too, since they can spell
   * any of this in a way a pattern cannot see.
   */
  private static final Pattern ACTIVE_SVG =
      Pattern.compile(
          "<([a-z0-9_.-]+:)?(script|foreignobject)|javascript:|[\\s:]on[a-z]+\\s*=|&#|<!(doctype|entity)",
          Pattern.CASE_INSENSITIVE);

  private final Report report;
  private final RepositoryFiles files;

  BrandReader(Path folder, Report report) {
    this.report = report;
    this.files = new RepositoryFiles(folder, report);
  }

  /** The brand {@code site} describes; reads its keys, so call before {@code site.finish()}. */
  Brand read(Fields site) {
    Brand.File[] logos = logos(site);
    Brand.File icon =
        site.optional("favicon", Types.NON_EMPTY_TEXT)
            .flatMap(path -> image(path, node(site, "favicon"), "the favicon", ICONS))
            .orElse(null);
    String[] colors = colors(site);
    Brand.File css =
        site.optional("css", Types.NON_EMPTY_TEXT)
            .flatMap(
                path ->
                    files
                        .read(path, node(site, "css"), "the style sheet", Set.of("css"))
                        .flatMap(read -> text(read, node(site, "css")))
                        .map(text -> new Brand.File("css", text.getBytes(StandardCharsets.UTF_8))))
            .orElse(null);
    String header = markdown(site, "header");
    String footer = markdown(site, "footer");
    return new Brand(colors[0], colors[1], logos[0], logos[1], icon, css, header, footer);
  }

  /**
   * {@code site.brand_color}: one colour, the light scheme's, or a map of {@code light} and {@code
   * dark}.
   */
  private String[] colors(Fields site) {
    String[] colors = new String[2];
    if (site.contains("brand_color") && !site.has("brand_color")) {
      // `brand_color: #5a3fc0` is a key and a comment: YAML needs the colour in quotes.
      report.at(
          site.keyLocation("brand_color"),
          "missing value for `brand_color`; write the colour in quotes, such as"
              + " `brand_color: \"#5a3fc0\"` (unquoted, `#` starts a comment)");
    }
    site.allow("brand_color");
    Optional<YamlNode> value = site.value("brand_color");
    if (value.isEmpty()) {
      return colors;
    }
    if (value.get() instanceof YamlMap) {
      Fields.of(value.get(), "`brand_color`", report)
          .ifPresent(
              map -> {
                colors[0] = color(map, "light", Contrast.Scheme.LIGHT);
                colors[1] = color(map, "dark", Contrast.Scheme.DARK);
                map.finish();
              });
      return colors;
    }
    // No colour reaches 4.5:1 on both the light and the dark backgrounds: one colour is the light
    // scheme's, and the dark scheme takes its nearest lighter tint that passes.
    Types.TEXT
        .read(value.get(), "`brand_color`", report)
        .flatMap(t -> parse(t, value.get()))
        .filter(c -> passes(c, Contrast.Scheme.LIGHT, value.get()))
        .ifPresent(
            c -> {
              colors[0] = c;
              colors[1] = Contrast.Scheme.DARK.nearestPassing(c);
            });
    return colors;
  }

  private String color(Fields map, String key, Contrast.Scheme scheme) {
    if (map.contains(key) && !map.has(key)) {
      report.at(
          map.keyLocation(key),
          "missing value for `" + key + "`; write the colour in quotes, such as `\"#5a3fc0\"`");
    }
    return map.optional(key, Types.TEXT)
        .flatMap(text -> parse(text, node(map, key)))
        .filter(c -> passes(c, scheme, node(map, key)))
        .orElse(null);
  }

  private Optional<String> parse(String text, YamlNode node) {
    Optional<String> color = Contrast.parse(text);
    if (color.isEmpty()) {
      report.at(
          node.location(),
          "invalid colour `" + text + "`: write it as \"#rrggbb\" in quotes, such as \"#5a3fc0\"");
    }
    return color;
  }

  /** Whether {@code color} passes WCAG AA in {@code scheme}; reports why not at {@code node}. */
  private boolean passes(String color, Contrast.Scheme scheme, YamlNode node) {
    double ratio = scheme.ratio(color);
    if (ratio >= Contrast.AA) {
      return true;
    }
    report.at(
        node.location(),
        "brand colour "
            + color
            + " has a contrast of "
            + Contrast.format(ratio)
            + " against the "
            + scheme.id()
            + " scheme's background "
            + scheme.worstBackground(color)
            + "; links need at least 4.5:1 (WCAG AA): use a "
            + (scheme == Contrast.Scheme.LIGHT ? "darker" : "lighter")
            + " colour, such as \""
            + scheme.nearestPassing(color)
            + "\"");
    return false;
  }

  /** {@code site.logo}: one image for both schemes, or a map of {@code light} and {@code dark}. */
  private Brand.File[] logos(Fields site) {
    Brand.File[] logos = new Brand.File[2];
    site.allow("logo");
    Optional<YamlNode> value = site.value("logo");
    if (value.isEmpty()) {
      return logos;
    }
    if (value.get() instanceof YamlMap) {
      Fields.of(value.get(), "`logo`", report)
          .ifPresent(
              map -> {
                logos[0] =
                    map.required("light", Types.NON_EMPTY_TEXT)
                        .flatMap(p -> image(p, node(map, "light"), "the logo", IMAGES))
                        .orElse(null);
                logos[1] =
                    map.optional("dark", Types.NON_EMPTY_TEXT)
                        .flatMap(p -> image(p, node(map, "dark"), "the dark logo", IMAGES))
                        .orElse(null);
                map.finish();
              });
      return logos;
    }
    logos[0] =
        Types.NON_EMPTY_TEXT
            .read(value.get(), "`logo`", report)
            .flatMap(p -> image(p, value.get(), "the logo", IMAGES))
            .orElse(null);
    return logos;
  }

  /** The image at {@code path}, if it is what its extension says. */
  private Optional<Brand.File> image(String path, YamlNode node, String what, Set<String> types) {
    return files
        .read(path, node, what, types)
        .filter(read -> looksLike(read, node, what))
        .map(read -> new Brand.File(read.extension(), read.bytes()));
  }

  private boolean looksLike(RepositoryFiles.Read read, YamlNode node, String what) {
    byte[] b = read.bytes();
    String problem =
        switch (read.extension()) {
          case "png" ->
              b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                  ? null
                  : "is not a PNG image";
          case "ico" ->
              b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0
                  ? null
                  : "is not an ICO icon";
          default -> svgProblem(b);
        };
    if (problem != null) {
      report.at(node.location(), what + " `" + read.path() + "` " + problem);
      return false;
    }
    return true;
  }

  private static String svgProblem(byte[] bytes) {
    Optional<String> text = decode(bytes);
    if (text.isEmpty() || !text.get().toLowerCase(Locale.ROOT).contains("<svg")) {
      return "is not an SVG image";
    }
    if (ACTIVE_SVG.matcher(text.get()).find()) {
      return "holds a script (a <script> or <foreignObject> element, an on...= handler or a"
          + " javascript: link) or what could hide one (a &#...; character reference, a"
          + " <!DOCTYPE> or <!ENTITY>); an image for the page must not";
    }
    return null;
  }

  /** {@code site.header} or {@code site.footer}: the text of a Markdown file. */
  private String markdown(Fields site, String key) {
    return site.optional(key, Types.NON_EMPTY_TEXT)
        .flatMap(path -> files.read(path, node(site, key), "the " + key, MARKDOWN))
        .flatMap(read -> text(read, node(site, key)))
        .orElse("");
  }

  /** The value of {@code key}, which {@code fields} has just read. */
  private static YamlNode node(Fields fields, String key) {
    return fields.value(key).orElseThrow();
  }

  private Optional<String> text(RepositoryFiles.Read read, YamlNode node) {
    Optional<String> text = decode(read.bytes());
    if (text.isEmpty()) {
      report.at(node.location(), "`" + read.path() + "` is not valid UTF-8; save it as UTF-8");
    }
    return text.map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t)
        .map(t -> t.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
