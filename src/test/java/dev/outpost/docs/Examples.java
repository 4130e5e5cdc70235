package dev.outpost.docs;

import dev.outpost.docs.DocPages.Block;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of fenced block the docs hold, each checked by a test: commands ({@code sh}), an {@code
 * outpost.yml} or a marked part of one, a step using the Action, an incident or maintenance file,
 * Markdown linking into a built site, a comment with commands, a command's output, the list of
 * commands, and a part of a file that {@code outpost init} writes.
 */
enum Examples {
  COMMANDS,
  CONFIG,
  CONFIG_FRAGMENT,
  ACTION_STEP,
  INCIDENT_FILE,
  SITE_LINKS,
  COMMENT,
  OUTPUT,
  COMMAND_LIST,
  /** A {@code json} block: an alert payload, which {@code outpost alert} must read. */
  ALERT_PAYLOAD,
  /** A {@code js} block marked {@code relay}: a relay from a webhook to GitHub's dispatches. */
  RELAY,
  /**
   * A {@code yaml} block marked {@code init: PATH}: lines of the file {@code outpost init} writes.
   */
  INIT_FILE,
  /**
   * An {@code html} block: a snippet that embeds the status, as the page for developers gives it
   * (for {@link #EMBED_SITE} and {@link #EMBED_TITLE}).
   */
  EMBED;

  /** The address of the status page in the embedding snippets. */
  static final String EMBED_SITE = "https://status.example.com/";

  /** The title of the status page in the embedding snippets. */
  static final String EMBED_TITLE = "Example Status";

  /** The address of the site in examples that link into it. */
  static final String SITE = "https://acme.github.io/status/";

  static Optional<Examples> kind(Block block) {
    String marker = block.marker() == null ? "" : block.marker();
    String text = block.text();
    return Optional.ofNullable(
        switch (block.info()) {
          case "sh" -> COMMANDS;
          case "yaml" -> {
            if (marker.equals("fragment")) {
              yield CONFIG_FRAGMENT;
            }
            if (marker.startsWith("init: ")) {
              yield INIT_FILE;
            }
            if (text.contains("uses: outpost-status/outpost@")) {
              yield ACTION_STEP;
            }
            List<String> top = text.lines().filter(l -> l.matches("[a-z_]+:.*")).toList();
            yield top.stream().anyMatch(l -> l.startsWith("site:") || l.startsWith("components:"))
                ? CONFIG
                : null;
          }
          case "markdown" -> {
            if (text.startsWith("---\n")) {
              yield INCIDENT_FILE;
            }
            yield text.contains(SITE) ? SITE_LINKS : null;
          }
          case "text" -> {
            if (marker.equals("comment")) {
              yield COMMENT;
            }
            if (marker.startsWith("output: ")) {
              yield OUTPUT;
            }
            yield marker.equals("commands") ? COMMAND_LIST : null;
          }
          case "json" -> ALERT_PAYLOAD;
          case "html" -> EMBED;
          case "js" -> marker.equals("relay") ? RELAY : null;
          default -> null;
        });
  }

  /** The blocks of this kind across the pages. */
  List<Block> blocks() {
    return DocsTest.PAGES.stream()
        .flatMap(p -> p.blocks().stream())
        .filter(b -> kind(b).orElse(null) == this)
        .toList();
  }
}
