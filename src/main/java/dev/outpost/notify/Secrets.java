package dev.outpost.notify;

import dev.outpost.config.Notifications;
import dev.outpost.config.Notifications.Channel;
import dev.outpost.config.Notifications.Secret;
import dev.outpost.config.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets the channels name, read from the environment, and the one place that removes them
 * from any text Outpost prints.
 */
public final class Secrets {
  private static final String HIDDEN = "***";

  private final Map<String, String> values;
  private final List<String> longestFirst;

  private Secrets(Map<String, String> values) {
    this.values = values;
    List<String> all = new ArrayList<>();
    for (String value : values.values()) {
      all.add(value);
      String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
      if (!encoded.equals(value)) {
        all.add(encoded);
      }
      all.addAll(urlParts(value));
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    this.longestFirst = List.copyOf(all);
  }

  /**
   * Reads every secret the channels of {@code notifications} name from {@code env}; a variable that
   * is unset or empty is a problem at the place that names it.
   */
  public static Secrets read(
      Notifications notifications, Map<String, String> env, Problems problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Channel channel : notifications.channels()) {
      List<Secret> named = new ArrayList<>();
      named.add(channel.url());
      named.add(channel.secret());
      if (channel.smtp() != null) {
        named.add(channel.smtp().username());
        named.add(channel.smtp().password());
      }
      for (Secret secret : named) {
        if (secret == null) {
          continue;
        }
        String value = env.get(secret.variable());
        if (value == null || value.isBlank()) {
          problems.add(
              secret.path(),
              secret.line(),
              secret.column(),
              "the environment variable "
                  + secret.variable()
                  + " is not set; set it from a secret (in GitHub Actions, `env:` on the step:"
                  + " "
                  + secret.variable()
                  + ": ${{ secrets."
                  + secret.variable()
                  + " }})");
        } else {
          values.put(secret.variable(), value.strip());
        }
      }
    }
    return new Secrets(values);
  }

  /**
   * The parts of a webhook address that hold its secret, for a receiver's error that repeats only
   * them: the path with the query, the query, and each path segment with a digit or of 16
   * characters or more ({@code T0000/B0000/XXXX} of Slack's, the id and token of Discord's).
   */
  private static List<String> urlParts(String value) {
    List<String> parts = new ArrayList<>();
    try {
      java.net.URI url = new java.net.URI(value);
      if (url.getScheme() == null || url.getRawPath() == null) {
        return parts;
      }
      String path = url.getRawPath();
      String query = url.getRawQuery();
      if (path.length() > 1) {
        parts.add(path + (query == null ? "" : "?" + query));
        parts.add(path.substring(1));
      }
      if (query != null && !query.isEmpty()) {
        parts.add(query);
      }
      for (String segment : path.split("/")) {
        if (segment.length() >= 16 || (segment.length() >= 4 && segment.matches(".*\\d.*"))) {
          parts.add(segment);
        }
      }
    } catch (java.net.URISyntaxException e) {
      // Not an address: the value alone is redacted.
    }
    return parts;
  }

  /** The value of the secret named by {@code secret}. */
  String value(Secret secret) {
    String value = values.get(secret.variable());
    if (value == null) {
      throw new IllegalStateException(secret.variable() + " was not read");
    }
    return value;
  }

  /** Every secret's value, to be masked in the Actions log. */
  public List<String> values() {
    return List.copyOf(values.values());
  }

  /** {@code text} with every secret, as it is and URL-encoded, replaced by {@code ***}. */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    String redacted = text;
    for (String value : longestFirst) {
      if (!value.isEmpty()) {
        redacted = redacted.replace(value, HIDDEN);
      }
    }
    return redacted;
  }
}
