package dev.outpost.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Microsoft Teams Workflows webhook message ("Send webhook alerts to a channel"): a {@code
 * message} with one Adaptive Card attachment, version 1.4, its text in {@code TextBlock}s with
 * wrapping and a link to the page as an {@code Action.OpenUrl}. Text is shown as plain text:
 * Markdown punctuation is escaped so that it cannot form links.
 */
final class TeamsMessage {
  /** Teams takes messages up to about 28 KB; the card keeps well within that. */
  static final int BLOCK = 2000;

  static final int MAX_ENTRIES = 20;

  private TeamsMessage() {}

  static ObjectNode of(Notice notice) {
    ObjectNode message = ChatSender.JSON.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    ObjectNode card = attachment.putObject("content");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    ArrayNode body = card.putArray("body");
    body.addObject()
        .put("type", "TextBlock")
        .put("text", escape(Text.cut(notice.headline(), 300)))
        .put("size", "Large")
        .put("weight", "Bolder")
        .put("wrap", true);
    int from = Math.max(0, notice.entries().size() - MAX_ENTRIES);
    for (Notice.Entry entry : notice.entries().subList(from, notice.entries().size())) {
      body.addObject()
          .put("type", "TextBlock")
          .put("text", escape(entry.heading()))
          .put("weight", "Bolder")
          .put("wrap", true);
      if (!entry.body().isBlank()) {
        body.addObject()
            .put("type", "TextBlock")
            .put("text", escape(Text.cut(entry.body(), BLOCK)))
            .put("wrap", true);
      }
    }
    if (!notice.statuses().isEmpty()) {
      ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
      notice
          .statuses()
          .forEach(
              (name, status) ->
                  facts.addObject().put("title", escape(name)).put("value", status.label()));
    }
    card.putArray("actions")
        .addObject()
        .put("type", "Action.OpenUrl")
        .put("title", "Open the status page")
        .put("url", notice.link());
    return message;
  }

  /** Markdown punctuation that Teams' TextBlock would read, escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\*_[]()<>`#~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
