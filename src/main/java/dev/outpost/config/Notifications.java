package dev.outpost.config;

import dev.outpost.model.Subscriptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The {@code notifications:} section of {@code outpost.yml}: where {@code outpost notify} tells
 * people what changed on the page, and when.
 *
 * @param channels in the order written
 * @param reminder how long before a maintenance window starts its reminder goes out, unless the
 *     window sets its own; {@link Duration#ZERO} for none
 * @param horizon with no record of earlier sends, how far back a change may lie and still be sent
 * @param signup where readers sign up for e-mail (a mailing list's page or a {@code mailto:}
 *     address), shown under "Subscribe"; {@code null} for none
 */
public record Notifications(
    List<Channel> channels, Duration reminder, Duration horizon, URI signup) {
  public static final Duration DEFAULT_REMINDER = Duration.ofMinutes(60);
  public static final Duration DEFAULT_HORIZON = Duration.ofHours(2);

  /** No channels: nothing is ever sent. */
  public static final Notifications NONE =
      new Notifications(List.of(), DEFAULT_REMINDER, DEFAULT_HORIZON);

  public Notifications {
    channels = List.copyOf(channels);
  }

  /** Without an e-mail sign-up. */
  public Notifications(List<Channel> channels, Duration reminder, Duration horizon) {
    this(channels, reminder, horizon, null);
  }

  /** What the pages and the API say about these notifications. */
  public Subscriptions subscriptions() {
    return new Subscriptions(signup, channels.stream().map(Channel::components).toList());
  }

  /** The kinds of channel. */
  public enum Type {
    SLACK,
    DISCORD,
    TEAMS,
    WEBHOOK,
    EMAIL;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A secret named by its environment variable ({@code env:NAME}), with where it is named.
   *
   * @param path the config file, as the user named it
   */
  public record Secret(String variable, String path, int line, int column) {}

  /**
   * One channel.
   *
   * @param url the webhook's address (all but e-mail)
   * @param secret the key the generic webhook signs its body with, or {@code null}
   * @param to the e-mail recipients
   * @param from the e-mail sender
   * @param smtp the mail server (e-mail only)
   * @param components only changes that touch one of these; empty for all
   * @param path the config file, and {@code line} and {@code column} where the channel starts
   */
  public record Channel(
      Type type,
      Secret url,
      Secret secret,
      List<String> to,
      String from,
      Smtp smtp,
      List<String> components,
      String path,
      int line,
      int column) {
    public Channel {
      to = List.copyOf(to);
      components = List.copyOf(components);
    }

    /** How messages name it: its type and the variable, or the recipients, that tell it apart. */
    public String name() {
      return type == Type.EMAIL
          ? "email to " + String.join(", ", to)
          : type.id() + " (" + url.variable() + ")";
    }
  }

  /** How an SMTP connection is secured. */
  public enum Security {
    /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
    STARTTLS,
    /** TLS from the first byte (port 465). */
    TLS;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A mail server.
   *
   * @param username {@code null} to send without logging in
   * @param password {@code null} to send without logging in
   */
  public record Smtp(String host, int port, Security security, Secret username, Secret password) {}
}
