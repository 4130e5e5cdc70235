package dev.outpost.config;

import java.util.List;

/**
 * One entry of {@code pages:} in {@code outpost.yml}: a sub-site for one audience, built in the
 * same run as the main site, under its own folder, with only some components.
 *
 * @param path the sub-site's folder under the site, one name such as {@code partners}
 * @param title the sub-site's title
 * @param description the line under its title; {@code null} for the main site's
 * @param components the ids of the components it shows, in the order of the main site
 */
public record AudiencePage(String path, String title, String description, List<String> components) {
  public AudiencePage {
    components = List.copyOf(components);
  }
}
