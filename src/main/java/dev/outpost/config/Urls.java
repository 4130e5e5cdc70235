package dev.outpost.config;

import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The URLs of the config: the site's own address and the links in its header. */
final class Urls {
  private Urls() {}

  /**
   * The site's public address: absolute http or https, no query or fragment; a missing trailing
   * {@code /} is added.
   */
  static final ValueType<URI> SITE =
      Types.TEXT.then(
          (text, node, name, report) -> {
            Optional<URI> url = absolute(text.strip(), Set.of("http", "https"));
            if (url.isEmpty()
                || url.get().getRawQuery() != null
                || url.get().getRawFragment() != null) {
              report.at(
                  node.location(),
                  "expected an absolute http(s) URL such as https://acme.github.io/status/ for "
                      + name
                      + ", found `"
                      + text
                      + "`");
              return Optional.empty();
            }
            String written = url.get().toString();
            return Optional.of(written.endsWith("/") ? url.get() : URI.create(written + "/"));
          });

  /** A link in the header: absolute http, https or mailto. */
  static final ValueType<URI> LINK =
      Types.TEXT.then(
          (text, node, name, report) -> {
            Optional<URI> url = absolute(text.strip(), Set.of("http", "https", "mailto"));
            if (url.isEmpty()) {
              report.at(
                  node.location(),
                  "expected an absolute http, https or mailto URL for "
                      + name
                      + ", found `"
                      + text
                      + "`");
            }
            return url;
          });

  private static Optional<URI> absolute(String text, Set<String> schemes) {
    try {
      URI url = new URI(text);
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      boolean needsHost = !scheme.equals("mailto");
      if (!schemes.contains(scheme) || (needsHost && url.getHost() == null)) {
        return Optional.empty();
      }
      return Optional.of(url);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
