package dev.outpost.notify;

import dev.outpost.model.StatusPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which changes are news for one channel, given its record.
 *
 * <p>A change is news when it was not sent before and happened after the channel's last successful
 * run, or within the horizon. With no record (a first run, an evicted cache), only changes within
 * the horizon are news, and changes whose time is unknown (an announcement, a postmortem) are not:
 * a lost record never floods anyone with history. Changes that are not news are settled at once, so
 * they never become news later.
 *
 * @param send the changes to send, in time order
 * @param settled the record's keys after the changes not worth sending, without those to send
 */
record News(List<Change> send, Map<String, Instant> settled) {

  static News of(
      StatusPage page,
      Instant now,
      Duration horizon,
      Duration reminder,
      Optional<SentRecord.ChannelRecord> record) {
    Instant horizonStart = now.minus(horizon);
    Instant since =
        record
            .map(r -> r.lastRun().isBefore(horizonStart) ? r.lastRun() : horizonStart)
            .orElse(horizonStart);
    Map<String, Instant> known = record.map(SentRecord.ChannelRecord::settled).orElse(Map.of());
    Map<String, Instant> settled = new LinkedHashMap<>();
    List<Change> send = new ArrayList<>();
    for (Change change : Changes.of(page, now, since, reminder)) {
      Instant earlier = known.get(change.key());
      if (earlier != null) {
        settled.put(change.key(), earlier);
      } else if (change.at() == null && record.isEmpty()) {
        settled.put(change.key(), now);
      } else {
        send.add(change);
      }
    }
    send.sort(java.util.Comparator.comparing((Change c) -> c.at() == null ? now : c.at()));
    return new News(List.copyOf(send), settled);
  }
}
