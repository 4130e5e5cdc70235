package dev.outpost.notify;

import dev.outpost.markup.Markup;
import dev.outpost.model.Site;
import dev.outpost.render.Markdown;
import java.util.List;

/**
 * The words of the e-mail digest: what happened in this run, incident by incident, and the current
 * status of every component each one touches, in plain text and in HTML.
 */
final class EmailDigest {
  private EmailDigest() {}

  static String subject(Site site, List<Notice> notices) {
    String first = notices.get(0).headline();
    String more = notices.size() == 1 ? "" : " (and " + (notices.size() - 1) + " more)";
    return Text.cut("[" + site.title() + "] " + first + more, 200).replaceAll("[\\r\\n]+", " ");
  }

  static String text(Site site, List<Notice> notices) {
    StringBuilder out = new StringBuilder();
    for (Notice notice : notices) {
      out.append(notice.headline()).append('\n');
      out.append("=".repeat(Math.min(notice.headline().length(), 72))).append("\n\n");
      for (Notice.Entry entry : notice.entries()) {
        out.append(entry.heading()).append('\n');
        if (!entry.body().isBlank()) {
          out.append(entry.body().strip()).append('\n');
        }
        out.append('\n');
      }
      if (!notice.statuses().isEmpty()) {
        out.append("Current status:\n");
        notice
            .statuses()
            .forEach(
                (name, status) ->
                    out.append("  ").append(name).append(": ").append(status.label()).append('\n'));
        out.append('\n');
      }
      out.append(notice.link()).append("\n\n");
    }
    out.append("-- \n").append(site.title()).append(": ").append(site.url()).append('\n');
    return out.toString();
  }

  static String html(Site site, List<Notice> notices, Markdown markdown) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(Markup.escape(site.title()))
        .append("</title></head><body>");
    for (Notice notice : notices) {
      out.append("<h2><a href=\"")
          .append(Markup.escape(notice.link()))
          .append("\">")
          .append(Markup.escape(notice.headline()))
          .append("</a></h2>");
      for (Notice.Entry entry : notice.entries()) {
        out.append("<h3>").append(Markup.escape(entry.heading())).append("</h3>");
        out.append(markdown.render(entry.body(), 4));
      }
      if (!notice.statuses().isEmpty()) {
        out.append("<p>Current status:</p><ul>");
        notice
            .statuses()
            .forEach(
                (name, status) ->
                    out.append("<li>")
                        .append(Markup.escape(name))
                        .append(": ")
                        .append(status.label())
                        .append("</li>"));
        out.append("</ul>");
      }
    }
    out.append("<hr><p><a href=\"")
        .append(Markup.escape(site.url().toString()))
        .append("\">")
        .append(Markup.escape(site.title()))
        .append("</a></p></body></html>");
    return out.toString();
  }
}
