package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every internal {@code href} and {@code src} of every HTML file in a rendered site
 * leads to a file that was written, and every {@code #fragment} to an element with that id.
 * External links (http, https, mailto) are not followed. Absolute paths must start with the site's
 * base path (as on the 404 page) and are resolved from the site's root.
 */
public final class SiteLinks {
  private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern EXTERNAL = Pattern.compile("^(?i)(https?:|mailto:).*");

  private final Path root;
  private final String basePath;
  private final Map<Path, Set<String>> ids = new HashMap<>();

  private SiteLinks(Path root, String basePath) {
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
  }

  /** Fails, listing every broken link as {@code file: href}, if there is any. */
  public static void assertAllResolve(Path site, String basePath) {
    List<String> broken = broken(site, basePath);
    if (!broken.isEmpty()) {
      fail(broken.size() + " broken links:\n" + String.join("\n", broken));
    }
  }

  /** Every broken link in the site, as {@code file: href}, sorted. */
  public static List<String> broken(Path site, String basePath) {
    return new SiteLinks(site, basePath).check();
  }

  /**
   * Fails, listing each as {@code file: url}, if a feed, calendar or JSON file (the outputs that
   * link with absolute URLs) names a URL under {@code siteUrl} that leads to no written file.
   */
  public static void assertAbsoluteLinksResolve(Path site, String siteUrl) {
    String base = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    Pattern url = Pattern.compile(Pattern.quote(base) + "[^\\s\"<>&\\\\)]*");
    Path root = site.toAbsolutePath().normalize();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(SiteLinks::linksAbsolutely).sorted().toList()) {
        // iCalendar folds long lines: undo it before looking for URLs.
        String text = read(file).replace("\r\n ", "");
        Matcher m = url.matcher(text);
        while (m.find()) {
          checked++;
          String path = m.group().substring(base.length());
          Path target =
              root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
          if (!Files.isRegularFile(target.normalize())) {
            broken.add(root.relativize(file) + ": " + m.group());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (checked == 0) {
      fail("no absolute link to " + base + " found in " + site);
    }
    if (!broken.isEmpty()) {
      fail(broken.size() + " broken absolute links:\n" + String.join("\n", broken));
    }
  }

  private static boolean linksAbsolutely(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".atom")
        || name.endsWith(".rss")
        || name.endsWith(".json")
        || name.endsWith(".ics");
  }

  /** Every internal link target of one HTML file, as written. */
  public static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(html);
    while (m.find()) {
      links.add(m.group(1).replace("&amp;", "&"));
    }
    return links;
  }

  private List<String> check() {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String html = read(file);
        for (String href : links(html)) {
          if (!EXTERNAL.matcher(href).matches() && !resolves(file, href)) {
            broken.add(root.relativize(file) + ": " + href);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken;
  }

  private boolean resolves(Path from, String href) {
    int hash = href.indexOf('#');
    String fragment = hash < 0 ? null : href.substring(hash + 1);
    String path = hash < 0 ? href : href.substring(0, hash);
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    Path target;
    if (path.isEmpty()) {
      target = from;
    } else if (path.startsWith("/")) {
      if (!path.startsWith(basePath)) {
        return false;
      }
      target = root.resolve(path.substring(basePath.length())).normalize();
    } else {
      target = from.getParent().resolve(path).normalize();
    }
    if (!target.startsWith(root)) {
      return false;
    }
    if (Files.isDirectory(target)) {
      if (!path.isEmpty() && !path.endsWith("/")) {
        return false; // "incidents/x" would redirect; links use "incidents/x/"
      }
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return false;
    }
    return fragment == null || fragment.isEmpty() || idsOf(target).contains(fragment);
  }

  private Set<String> idsOf(Path file) {
    return ids.computeIfAbsent(
        file,
        f -> {
          Set<String> found = new HashSet<>();
          Matcher m = ID.matcher(read(f));
          while (m.find()) {
            found.add(m.group(1));
          }
          return found;
        });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
