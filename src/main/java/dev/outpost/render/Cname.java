package dev.outpost.render;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code CNAME}: GitHub Pages' custom domain, the host of the site's URL. There is none for {@code
 * *.github.io}, {@code localhost} and IP addresses.
 */
final class Cname {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Cname() {}

  /** The custom domain to write into {@code CNAME}, if the site is on one. */
  static Optional<String> host(URI url) {
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    boolean local = host.equals("localhost") || host.endsWith(".localhost") || !host.contains(".");
    boolean ip = IPV4.matcher(host).matches() || host.startsWith("[") || host.contains(":");
    boolean github = host.equals("github.io") || host.endsWith(".github.io");
    return local || ip || github ? Optional.empty() : Optional.of(host);
  }
}
