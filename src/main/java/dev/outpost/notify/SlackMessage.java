package dev.outpost.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Slack incoming-webhook message (also read by Mattermost and Rocket.Chat): Block Kit blocks and
 * a plain-text fallback for notifications and clients without blocks. Within Slack's documented
 * limits: a header's text at most 150 characters, a section's 3000, at most 50 blocks. Text is
 * escaped as Slack's mrkdwn asks ({@code & < >}), so no text can mention, link or format.
 */
final class SlackMessage {
  static final int HEADER = 150;
  static final int SECTION = 3000;
  static final int BLOCKS = 50;
  static final int FALLBACK = 3000;

  private SlackMessage() {}

  static ObjectNode of(Notice notice) {
    ObjectNode message = ChatSender.JSON.createObjectNode();
    StringBuilder fallback = new StringBuilder(notice.headline());
    ArrayNode blocks = message.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header
        .putObject("text")
        .put("type", "plain_text")
        .put("text", Text.cut(notice.headline(), HEADER));
    // Room for the statuses and the link at the end.
    int room = BLOCKS - 3;
    for (Notice.Entry entry : notice.entries()) {
      if (room-- == 0) {
        break;
      }
      String text = "*" + escape(entry.heading()) + "*";
      if (!entry.body().isBlank()) {
        text += "\n" + escape(entry.body());
      }
      section(blocks, Text.cut(text, SECTION));
      fallback.append("\n").append(entry.heading());
    }
    if (!notice.statuses().isEmpty()) {
      StringBuilder statuses = new StringBuilder();
      notice
          .statuses()
          .forEach(
              (name, status) ->
                  statuses
                      .append(statuses.length() == 0 ? "" : "\n")
                      .append(escape(name))
                      .append(": ")
                      .append(status.label()));
      ObjectNode context = blocks.addObject().put("type", "context");
      context
          .putArray("elements")
          .addObject()
          .put("type", "mrkdwn")
          .put("text", Text.cut(statuses.toString(), SECTION));
    }
    section(blocks, "<" + notice.link() + "|Open the status page>");
    fallback.append("\n").append(notice.link());
    message.put("text", Text.cut(fallback.toString(), FALLBACK));
    return message;
  }

  private static void section(ArrayNode blocks, String mrkdwn) {
    ObjectNode section = blocks.addObject().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
  }

  /** Slack's escaping of the three characters that control its markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
