package dev.outpost.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;

/**
 * A Discord webhook message: one embed coloured by status, within Discord's documented limits (a
 * title at most 256 characters, a description 4096, at most 25 fields of 256 and 1024, 6000 in
 * all), and {@code allowed_mentions} empty, so no text can ping anyone.
 */
final class DiscordMessage {
  static final int TITLE = 256;
  static final int DESCRIPTION = 4096;
  static final int FIELDS = 25;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;
  static final int TOTAL = 6000;

  static final int RED = 0xE74C3C;
  static final int ORANGE = 0xE67E22;
  static final int YELLOW = 0xF1C40F;
  static final int GREEN = 0x2ECC71;
  static final int BLUE = 0x3498DB;

  private DiscordMessage() {}

  static ObjectNode of(Notice notice) {
    ObjectNode message = ChatSender.JSON.createObjectNode();
    message.putObject("allowed_mentions").putArray("parse");
    ObjectNode embed = message.putArray("embeds").addObject();
    String title = Text.cut(notice.headline(), TITLE);
    embed.put("title", title);
    embed.put("url", notice.link());
    embed.put("color", colour(notice));
    int total = title.length();
    StringBuilder statuses = new StringBuilder();
    notice
        .statuses()
        .forEach(
            (name, status) ->
                statuses
                    .append(statuses.length() == 0 ? "" : "\n")
                    .append(name)
                    .append(": ")
                    .append(status.label()));
    String description = Text.cut(statuses.toString(), DESCRIPTION);
    if (!description.isEmpty()) {
      embed.put("description", description);
      total += description.length();
    }
    ArrayNode fields = embed.putArray("fields");
    // Newest first, so that what is cut to keep within the limits is the oldest.
    for (int i = notice.entries().size() - 1; i >= 0 && fields.size() < FIELDS; i--) {
      Notice.Entry entry = notice.entries().get(i);
      String name = Text.cut(entry.heading(), FIELD_NAME);
      String value = Text.cut(entry.body().isBlank() ? "\u200b" : entry.body(), FIELD_VALUE);
      if (total + name.length() + value.length() > TOTAL) {
        break;
      }
      total += name.length() + value.length();
      fields.insert(0, ChatSender.JSON.createObjectNode().put("name", name).put("value", value));
    }
    return message;
  }

  /** Green when resolved or completed, blue for maintenance, else by the incident's impact. */
  static int colour(Notice notice) {
    Change.Kind kind = notice.latest().kind();
    if (kind == Change.Kind.RESOLVED
        || kind == Change.Kind.POSTMORTEM
        || kind == Change.Kind.COMPLETED) {
      return GREEN;
    }
    if (notice.window() != null) {
      return BLUE;
    }
    Impact impact = notice.incident().impact();
    ComponentStatus worst =
        notice.statuses().values().stream()
            .reduce(ComponentStatus.OPERATIONAL, ComponentStatus::worst);
    return switch (worst) {
      case MAJOR_OUTAGE -> RED;
      case PARTIAL_OUTAGE -> ORANGE;
      case DEGRADED_PERFORMANCE -> YELLOW;
      default -> impact == Impact.CRITICAL || impact == Impact.MAJOR ? RED : YELLOW;
    };
  }
}
