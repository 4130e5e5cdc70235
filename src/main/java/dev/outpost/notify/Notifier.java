package dev.outpost.notify;

import dev.outpost.config.Notifications;
import dev.outpost.config.Notifications.Channel;
import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.state.StateFolder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code outpost notify}: sends each channel what changed on the page since its last successful
 * run, once. What was sent is kept in the state folder; a channel that fails keeps its changes for
 * the next run and does not stop the others.
 */
public final class Notifier {
  /** How long one channel may take to answer, connection, headers and body together. */
  public static final Duration DEADLINE = Duration.ofSeconds(10);

  private final Notifications settings;
  private final Secrets secrets;
  private final StateFolder state;
  private final Duration deadline;
  private final Map<String, String> mailProperties;

  private Notifier(
      Notifications settings,
      Secrets secrets,
      StateFolder state,
      Duration deadline,
      Map<String, String> mailProperties) {
    this.settings = settings;
    this.secrets = secrets;
    this.state = state;
    this.deadline = deadline;
    this.mailProperties = Map.copyOf(mailProperties);
  }

  /** A notifier keeping its record in {@code state}, with the default deadline. */
  public static Notifier of(Notifications settings, Secrets secrets, StateFolder state) {
    return new Notifier(settings, secrets, state, DEADLINE, Map.of());
  }

  /** The same notifier with another deadline per channel. */
  public Notifier withDeadline(Duration deadline) {
    return new Notifier(settings, secrets, state, deadline, mailProperties);
  }

  /** The same notifier with more Jakarta Mail properties (such as the servers it trusts). */
  public Notifier withMailProperties(Map<String, String> properties) {
    return new Notifier(settings, secrets, state, deadline, properties);
  }

  /**
   * One message, or one digest, for one channel.
   *
   * @param channel the channel's name, which holds no secret
   * @param headline what it was about
   * @param error why it was not sent, with every secret removed; {@code null} when it was sent (or,
   *     in a dry run, would be)
   */
  public record Delivery(String channel, String headline, String error) {
    public boolean sent() {
      return error == null;
    }
  }

  /** What a run did. */
  public record Outcome(List<Delivery> deliveries, boolean dryRun) {
    public long sent() {
      return deliveries.stream().filter(Delivery::sent).count();
    }

    public long failed() {
      return deliveries.size() - sent();
    }
  }

  /**
   * Sends what is news on {@code page} at {@code now} to every channel, and records what was sent;
   * with {@code dryRun}, only says what it would send and records nothing.
   *
   * @throws IOException when the record cannot be written (what was sent has been sent)
   */
  public Outcome run(StatusPage page, Instant now, boolean dryRun) throws IOException {
    SentRecord record =
        state
            .read(SentRecord.DOCUMENT, SentRecord.class, SentRecord.FINGERPRINT)
            .orElseGet(SentRecord::empty);
    StatusReport report = StatusReport.of(page, now);
    Map<String, SentRecord.ChannelRecord> kept = new LinkedHashMap<>();
    List<Delivery> deliveries = new ArrayList<>();
    Http http = new Http(deadline);
    Set<String> names = new HashSet<>();
    for (Channel channel : settings.channels()) {
      String key = channel.name();
      for (int n = 2; !names.add(key); n++) {
        key = channel.name() + " #" + n;
      }
      Optional<SentRecord.ChannelRecord> earlier = Optional.ofNullable(record.channels().get(key));
      News news = News.of(page, now, settings.horizon(), settings.reminder(), earlier);
      Map<String, Instant> settled = new LinkedHashMap<>(news.settled());
      List<Change> send = new ArrayList<>();
      for (Change change : news.send()) {
        if (channel.components().isEmpty()
            || change.components().stream().anyMatch(channel.components()::contains)) {
          send.add(change);
        } else {
          settled.put(change.key(), at(change, now));
        }
      }
      List<Notice> notices = Notices.of(send, page, report);
      boolean failed = false;
      if (dryRun) {
        notices.forEach(n -> deliveries.add(new Delivery(channel.name(), n.headline(), null)));
      } else {
        List<Notice> arrived = new ArrayList<>();
        String why = null;
        try {
          sender(channel, http, page, report).send(notices, arrived::add);
        } catch (SendFailure e) {
          why = secrets.redact(e.getMessage());
        } catch (RuntimeException e) {
          why = secrets.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        failed = why != null;
        for (Notice notice : notices) {
          boolean sent = arrived.contains(notice);
          deliveries.add(new Delivery(channel.name(), notice.headline(), sent ? null : why));
          if (sent) {
            notice.changes().forEach(c -> settled.put(c.key(), at(c, now)));
          }
        }
      }
      Instant lastRun =
          !failed
              ? now
              : earlier
                  .map(SentRecord.ChannelRecord::lastRun)
                  .orElse(now.minus(settings.horizon()));
      kept.put(key, new SentRecord.ChannelRecord(lastRun, settled));
    }
    if (!dryRun) {
      state.write(SentRecord.DOCUMENT, new SentRecord(kept), SentRecord.FINGERPRINT);
    }
    return new Outcome(List.copyOf(deliveries), dryRun);
  }

  private static Instant at(Change change, Instant now) {
    return change.at() == null ? now : change.at();
  }

  private Sender sender(Channel channel, Http http, StatusPage page, StatusReport report) {
    return switch (channel.type()) {
      case SLACK -> new ChatSender(http, secrets.value(channel.url()), SlackMessage::of);
      case DISCORD -> new ChatSender(http, secrets.value(channel.url()), DiscordMessage::of);
      case TEAMS -> new ChatSender(http, secrets.value(channel.url()), TeamsMessage::of);
      case WEBHOOK ->
          new WebhookSender(
              http,
              secrets.value(channel.url()),
              channel.secret() == null ? null : secrets.value(channel.secret()),
              page,
              report);
      case EMAIL ->
          new EmailSender(
              channel,
              channel.smtp().username() == null ? null : secrets.value(channel.smtp().username()),
              channel.smtp().password() == null ? null : secrets.value(channel.smtp().password()),
              page.site(),
              deadline,
              mailProperties);
    };
  }
}
