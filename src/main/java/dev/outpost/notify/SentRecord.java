package dev.outpost.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was sent, per channel: kept in the state folder between runs, so that each change goes out
 * once. Losing it is safe: without a record, nothing older than the horizon is sent.
 *
 * @param channels by {@link ChannelKey}
 */
public record SentRecord(Map<String, ChannelRecord> channels) {
  /** The name of its document in the state folder. */
  static final String DOCUMENT = "notify.json";

  /** Changes whenever the meaning of the record changes; a record of another one is not used. */
  static final String FINGERPRINT = "notify-1";

  public SentRecord {
    channels = channels == null ? Map.of() : Map.copyOf(channels);
  }

  static SentRecord empty() {
    return new SentRecord(new LinkedHashMap<>());
  }

  /**
   * One channel's record.
   *
   * @param lastRun the last run at which every send to the channel succeeded
   * @param settled the keys of the changes that were sent, or judged no news, with their time
   */
  public record ChannelRecord(Instant lastRun, Map<String, Instant> settled) {
    public ChannelRecord {
      settled = settled == null ? Map.of() : Map.copyOf(settled);
    }
  }
}
