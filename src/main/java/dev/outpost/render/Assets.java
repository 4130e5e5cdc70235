package dev.outpost.render;

import dev.outpost.model.Brand;
import dev.outpost.render.view.BrandView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's static files: Outpost's, copied from the class path, and the team's ({@link Brand}),
 * under names Outpost gives them, never the names they had in the repository.
 */
final class Assets {
  static final String LOGO = "assets/logo.";
  static final String DARK_LOGO = "assets/logo-dark.";
  static final String STYLESHEET = "assets/site.css";
  private static final String ICON = "assets/favicon.";

  private Assets() {}

  /** The one style sheet, as in {@code site-templates/assets/outpost.css}. */
  static byte[] css() {
    return resource("assets/outpost.css");
  }

  /**
   * The style sheet with the team's colours after Outpost's rules: links, focus rings and a stripe
   * over the header, in each scheme the team gave a colour for. Status colours are left alone.
   */
  static byte[] css(Brand brand) {
    if (!brand.hasColors() && brand.logo() == null && brand.header().isBlank()) {
      return css();
    }
    StringBuilder more = new StringBuilder("/* The team's own (outpost.yml `site`). */\n");
    if (brand.logo() != null) {
      more.append(
          ".logo { height: 2rem; width: auto; margin-right: .5rem; vertical-align: -.4rem; }\n");
    }
    if (!brand.header().isBlank()) {
      more.append(".site-header { flex-basis: 100%; }\n");
    }
    if (brand.hasColors()) {
      more.append(".top { border-top: 4px solid var(--brand); }\n");
      colors(more, "light", brand.color());
      colors(more, "dark", brand.darkColor());
    }
    String base = new String(css(), StandardCharsets.UTF_8);
    return (base + more).getBytes(StandardCharsets.UTF_8);
  }

  private static void colors(StringBuilder css, String scheme, String color) {
    if (color != null) {
      css.append("@media (prefers-color-scheme: ")
          .append(scheme)
          .append(") { :root { --link: ")
          .append(color)
          .append("; --focus: ")
          .append(color)
          .append("; --brand: ")
          .append(color)
          .append("; } }\n");
    }
  }

  /**
   * The script another site loads to show the status in words, {@code
   * site-templates/assets/embed.js}; no page of the site loads it.
   */
  static byte[] embed() {
    return resource("assets/embed.js");
  }

  /**
   * The icon browsers show in tabs and bookmarks, {@code site-templates/assets/favicon.svg}; pages
   * name it, so no browser asks for a missing {@code /favicon.ico}.
   */
  static byte[] icon() {
    return resource("assets/favicon.svg");
  }

  /** Where the icon is: the team's, else Outpost's. */
  static String iconPath(Brand brand) {
    return brand.icon() == null ? SitePaths.ICON : ICON + brand.icon().type();
  }

  /** The team's files, by their path in the site, in a fixed order. */
  static Map<String, byte[]> files(Brand brand) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (brand.icon() != null) {
      files.put(iconPath(brand), brand.icon().bytes());
    }
    if (brand.logo() != null) {
      files.put(LOGO + brand.logo().type(), brand.logo().bytes());
    }
    if (brand.darkLogo() != null) {
      files.put(DARK_LOGO + brand.darkLogo().type(), brand.darkLogo().bytes());
    }
    if (brand.stylesheet() != null) {
      files.put(STYLESHEET, brand.stylesheet().bytes());
    }
    return files;
  }

  /**
   * What every page's frame shows of {@code brand}, with its snippets rendered by {@code markdown}.
   */
  static BrandView view(Brand brand, Markdown markdown) {
    String icon = iconPath(brand);
    String type =
        switch (icon.substring(icon.lastIndexOf('.') + 1)) {
          case "png" -> "image/png";
          case "ico" -> "image/x-icon";
          default -> "image/svg+xml";
        };
    return new BrandView(
        icon,
        type,
        brand.logo() == null ? null : LOGO + brand.logo().type(),
        brand.darkLogo() == null ? null : DARK_LOGO + brand.darkLogo().type(),
        brand.stylesheet() == null ? null : STYLESHEET,
        markdown.render(brand.header(), 2),
        markdown.render(brand.footer(), 2));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
