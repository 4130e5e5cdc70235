package dev.outpost.model;

import java.net.URI;

/** A link shown in the site's header. */
public record Link(String title, URI url) {
  public Link {
    title = Characters.clean(title);
  }
}
