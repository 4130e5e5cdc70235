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
 * @param repository the web address of the GitHub repository the page is run from, such as {@code
 *     https://github.com/acme/status}, or {@code null} when it is not known
 * @param subscriptions the e-mail sign-up and the notification channels
 * @param brand the team's logo, icon, colours, style sheet, header and footer
 * @param language the language the site is written in
 */
public record Site(
    String title,
    String description,
    URI url,
    ZoneId zone,
    String notice,
    List<Link> links,
    URI repository,
    Subscriptions subscriptions,
    Brand brand,
    Language language) {
  public Site {
    title = Characters.clean(title);
    description = Characters.clean(description);
    notice = Characters.clean(notice);
    links = List.copyOf(links);
    subscriptions = subscriptions == null ? Subscriptions.NONE : subscriptions;
    brand = brand == null ? Brand.NONE : brand;
    language = language == null ? Language.ENGLISH : language;
  }

  /** A site without an e-mail sign-up or notification channels. */
  public Site(
      String title,
      String description,
      URI url,
      ZoneId zone,
      String notice,
      List<Link> links,
      URI repository) {
    this(
        title,
        description,
        url,
        zone,
        notice,
        links,
        repository,
        Subscriptions.NONE,
        Brand.NONE,
        Language.ENGLISH);
  }

  /** A site not known to be run from a GitHub repository. */
  public Site(
      String title, String description, URI url, ZoneId zone, String notice, List<Link> links) {
    this(title, description, url, zone, notice, links, null);
  }

  /** The same site, run from the repository at {@code repository}. */
  public Site withRepository(URI repository) {
    return new Site(
        title, description, url, zone, notice, links, repository, subscriptions, brand, language);
  }

  /** The same site, with {@code notice} as its notice. */
  public Site withNotice(String notice) {
    return new Site(
        title, description, url, zone, notice, links, repository, subscriptions, brand, language);
  }

  /** The same site, with these ways to be told of changes. */
  public Site withSubscriptions(Subscriptions subscriptions) {
    return new Site(
        title, description, url, zone, notice, links, repository, subscriptions, brand, language);
  }

  /** The same site, made the team's own by {@code brand}. */
  public Site withBrand(Brand brand) {
    return new Site(
        title, description, url, zone, notice, links, repository, subscriptions, brand, language);
  }

  /** The same site, written in {@code language}. */
  public Site withLanguage(Language language) {
    return new Site(
        title, description, url, zone, notice, links, repository, subscriptions, brand, language);
  }

  public java.util.Optional<URI> repositoryUrl() {
    return java.util.Optional.ofNullable(repository);
  }

  /** The path part of {@link #url()}, such as {@code /repo/}; {@code /} at a domain root. */
  public String basePath() {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
