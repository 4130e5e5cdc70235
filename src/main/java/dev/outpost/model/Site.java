package dev.outpost.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

/**
 * The site as a whole.
 *
 * @param title shown in the header and the page title
 * @param description one line under the title; may be empty
 * @param url the public address, always ending in {@code /}; may be a sub-path
 * @param zone the time zone in which times without an offset are read and times are shown
 * @param notice an optional site-wide notice in Markdown; empty when there is none
 * @param links links shown in the header, such as the service's home page
 */
public record Site(
    String title, String description, URI url, ZoneId zone, String notice, List<Link> links) {
  public Site {
    links = List.copyOf(links);
  }

  /** The path part of {@link #url()}, such as {@code /repo/}; {@code /} at a domain root. */
  public String basePath() {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
