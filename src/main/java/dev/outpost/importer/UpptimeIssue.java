package dev.outpost.importer;

import dev.outpost.config.GitHubSettings;
import dev.outpost.config.yaml.YamlQuote;
import dev.outpost.source.github.LabelledIssues.Comment;
import dev.outpost.source.github.LabelledIssues.Issue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Upptime issue as an incident file's front matter and body: a downtime issue (label {@code
 * status}) as an incident from its opening to its closing, its body and comments as updates; a
 * maintenance issue (label {@code maintenance}) as a window from the times in its {@code <!-- -->}
 * block.
 */
final class UpptimeIssue {
  /** Upptime's titles: {@code 🛑 Name is down}, {@code ⚠️ Name has degraded performance}. */
  private static final Pattern TITLE =
      Pattern.compile(
          "^\\s*(?:\\x{1F6D1}|\\x{26A0}\\x{FE0F}?)?\\s*(.+?)\\s+(is down|has degraded performance)\\s*$");

  private static final Pattern METADATA = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
  private static final Set<String> TRUSTED = Set.of("OWNER", "MEMBER", "COLLABORATOR");

  /** A mapped issue: the text after the mark, whether a maintenance window, and when it began. */
  record Mapped(String text, boolean maintenance, Instant start, String title) {}

  /** What the issues are mapped against. */
  record Context(
      Function<Issue, Optional<UpptimeConfig.Site>> site,
      Function<UpptimeConfig.Site, String> id,
      Function<String, Optional<UpptimeConfig.Site>> bySlug,
      GitHubSettings trust) {}

  private final Issue issue;
  private final Context context;
  private final Notes notes;

  private UpptimeIssue(Issue issue, Context context, Notes notes) {
    this.issue = issue;
    this.context = context;
    this.notes = notes;
  }

  /** The site's name in an Upptime title ({@code 🛑 Name is down}), if it is one. */
  static Optional<String> siteName(String title) {
    Matcher matcher = TITLE.matcher(title);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The file for {@code issue}, or empty (with a note saying why) when it is not imported. */
  static Optional<Mapped> map(Issue issue, Context context, Notes notes) {
    UpptimeIssue mapping = new UpptimeIssue(issue, context, notes);
    return issue.labels().contains("maintenance") && !issue.labels().contains("status")
        ? mapping.maintenance()
        : mapping.downtime();
  }

  private Optional<Mapped> downtime() {
    if ("NOT_PLANNED".equals(issue.stateReason()) && issue.closedAt() != null) {
      notes.file("closed as not planned: a false alarm, which Outpost shows nowhere; not imported");
      return Optional.empty();
    }
    Matcher title = TITLE.matcher(issue.title());
    String status = "major_outage";
    String shownTitle = issue.title().strip();
    if (title.matches()) {
      shownTitle = title.group(1) + " " + title.group(2);
      status = title.group(2).equals("is down") ? "major_outage" : "degraded_performance";
    } else {
      notes.file(
          "its title is not one of Upptime's (`🛑 Name is down`, `⚠️ Name has degraded"
              + " performance`); read as a major outage");
    }
    Optional<UpptimeConfig.Site> site = context.site().apply(issue);
    Set<String> known = new LinkedHashSet<>(List.of("status"));
    site.ifPresent(
        s -> {
          known.add(s.slug());
          known.addAll(s.tags());
        });
    if (site.isEmpty()) {
      notes.file(
          "names no site of the configuration (by its title or a label); imported without"
              + " a component");
    }
    unknownLabels(known);
    Instant started = issue.createdAt().truncatedTo(ChronoUnit.SECONDS);
    Instant resolved =
        issue.closedAt() == null ? null : issue.closedAt().truncatedTo(ChronoUnit.SECONDS);
    List<String> lines = new ArrayList<>();
    StringBuilder after = new StringBuilder();
    String first = trusted(issue.author(), issue.authorAssociation()) ? issue.body().strip() : "";
    if (!trusted(issue.author(), issue.authorAssociation()) && !issue.body().isBlank()) {
      notes.file(
          "opened by "
              + who(issue.author())
              + ", who is not a member of the repository; its text is left out");
    }
    update(lines, started, "investigating", first, issue.author());
    List<Comment> comments = issue.comments();
    for (int i = 0; i < comments.size(); i++) {
      Comment comment = comments.get(i);
      Instant at = comment.createdAt().truncatedTo(ChronoUnit.SECONDS);
      if (!trusted(comment.author(), comment.authorAssociation())) {
        notes.file(
            "the comment at "
                + at
                + " by "
                + who(comment.author())
                + ", who is not a member of the repository, is left out");
        continue;
      }
      if (at.isBefore(started)) {
        at = started;
      }
      if (resolved != null && at.isAfter(resolved)) {
        notes.file("the comment at " + at + " came after it was closed; kept in the body");
        if (after.length() > 0) {
          after.append("\n\n");
        }
        after
            .append("**")
            .append(at)
            .append("** ")
            .append(signed(comment.body(), comment.author()));
        continue;
      }
      boolean last = i == comments.size() - 1 || laterThan(comments, i, resolved);
      boolean resolves =
          resolved != null && last && comment.body().strip().startsWith("**Resolved:**");
      // Upptime comments a moment before it closes the issue: the update resolves it then.
      update(
          lines,
          resolves ? resolved : at,
          resolves ? "resolved" : "investigating",
          comment.body().strip(),
          comment.author());
    }
    StringBuilder out = new StringBuilder();
    out.append("title: ").append(YamlQuote.of(shownTitle)).append('\n');
    if (site.isPresent()) {
      out.append("components:\n  ")
          .append(context.id().apply(site.get()))
          .append(": ")
          .append(status)
          .append('\n');
    } else {
      out.append("components: {}\n");
    }
    out.append("started: ").append(started).append('\n');
    if (resolved != null) {
      out.append("resolved: ").append(resolved).append('\n');
    }
    out.append("updates:\n");
    lines.forEach(line -> out.append(line).append('\n'));
    out.append("---\n");
    if (after.length() > 0) {
      out.append(after).append('\n');
    }
    return Optional.of(new Mapped(out.toString(), false, started, shownTitle));
  }

  /** Whether every comment after the {@code i}th came after {@code resolved}. */
  private static boolean laterThan(List<Comment> comments, int i, Instant resolved) {
    if (resolved == null) {
      return false;
    }
    for (int j = i + 1; j < comments.size(); j++) {
      if (!comments.get(j).createdAt().truncatedTo(ChronoUnit.SECONDS).isAfter(resolved)) {
        return false;
      }
    }
    return true;
  }

  private Optional<Mapped> maintenance() {
    Matcher block = METADATA.matcher(issue.body());
    Map<String, String> metadata = new LinkedHashMap<>();
    String text = issue.body();
    if (block.find()) {
      for (String line : block.group(1).split("\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          metadata.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
      text = (issue.body().substring(0, block.start()) + issue.body().substring(block.end()));
    }
    Optional<Instant> start = time(metadata.get("start"), "start");
    Optional<Instant> end = time(metadata.get("end"), "end");
    if (start.isEmpty() || end.isEmpty()) {
      notes.file(
          "a maintenance issue without `start:` and `end:` in its <!-- --> block; not imported");
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      notes.file("a maintenance whose end is not after its start; not imported");
      return Optional.empty();
    }
    for (String key : metadata.keySet()) {
      if (!List.of("start", "end", "expectedDown", "expectedDegraded").contains(key)) {
        notes.file(
            "`" + StatuspageIncident.shown(key) + "` in its <!-- --> block is not carried over");
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String key : List.of("expectedDown", "expectedDegraded")) {
      for (String slug : metadata.getOrDefault(key, "").split(",")) {
        if (slug.isBlank()) {
          continue;
        }
        Optional<UpptimeConfig.Site> site = context.bySlug().apply(slug.strip());
        if (site.isPresent()) {
          ids.add(context.id().apply(site.get()));
        } else {
          notes.file(
              "`" + StatuspageIncident.shown(slug.strip()) + "` is no site's slug; left out");
        }
      }
    }
    unknownLabels(Set.of("maintenance"));
    StringBuilder out = new StringBuilder();
    out.append("title: ").append(YamlQuote.of(issue.title().strip())).append('\n');
    out.append("components: [").append(String.join(", ", ids)).append("]\n");
    out.append("maintenance:\n");
    out.append("  start: ").append(start.get()).append('\n');
    out.append("  end: ").append(end.get()).append('\n');
    Instant closed =
        issue.closedAt() == null ? null : issue.closedAt().truncatedTo(ChronoUnit.SECONDS);
    if (closed != null && closed.isAfter(start.get()) && closed.isBefore(end.get())) {
      out.append("  completed: ").append(closed).append('\n');
    }
    List<String> notesForReaders = new ArrayList<>();
    if (trusted(issue.author(), issue.authorAssociation()) && !text.isBlank()) {
      notesForReaders.add("  - at: " + issue.createdAt().truncatedTo(ChronoUnit.SECONDS));
      notesForReaders.add("    body: " + YamlQuote.of(signed(text, issue.author())));
    }
    for (Comment comment : issue.comments()) {
      if (!trusted(comment.author(), comment.authorAssociation())) {
        notes.file(
            "the comment at "
                + comment.createdAt().truncatedTo(ChronoUnit.SECONDS)
                + " by "
                + who(comment.author())
                + ", who is not a member of the repository, is left out");
        continue;
      }
      notesForReaders.add("  - at: " + comment.createdAt().truncatedTo(ChronoUnit.SECONDS));
      notesForReaders.add("    body: " + YamlQuote.of(signed(comment.body(), comment.author())));
    }
    if (!notesForReaders.isEmpty()) {
      out.append("updates:\n");
      notesForReaders.forEach(line -> out.append(line).append('\n'));
    }
    out.append("---\n");
    return Optional.of(new Mapped(out.toString(), true, start.get(), issue.title().strip()));
  }

  private void update(List<String> lines, Instant at, String state, String body, String author) {
    lines.add("  - at: " + at);
    lines.add("    state: " + state);
    if (!body.isBlank()) {
      lines.add("    body: " + YamlQuote.of(signed(body, author)));
    }
  }

  private void unknownLabels(Set<String> known) {
    for (String label : issue.labels()) {
      if (!known.contains(label)) {
        notes.file("label `" + StatuspageIncident.shown(label) + "` is not carried over");
      }
    }
  }

  /** Whether {@code author} may speak on the page: a member, a bot, or a trusted login. */
  private boolean trusted(String author, String association) {
    if (author == null) {
      return false;
    }
    return author.endsWith("[bot]")
        || TRUSTED.contains(association)
        || context.trust().listed(author);
  }

  /** {@code body} with a last line naming its author, and whether a bot wrote it. */
  private static String signed(String body, String author) {
    String by = author.endsWith("[bot]") ? author + ", automated" : "@" + author;
    return body.strip() + "\n\n*— " + by + "*";
  }

  private static String who(String author) {
    return author == null ? "a deleted account" : "@" + StatuspageIncident.shown(author);
  }

  /** A time as Upptime's block may write it: with an offset, else in UTC (noted). */
  private Optional<Instant> time(String written, String key) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(written).toInstant().truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      // no offset: below
    }
    try {
      Instant at = LocalDateTime.parse(written.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      notes.file(
          "`" + key + ": " + StatuspageIncident.shown(written) + "` has no offset; read in UTC");
      return Optional.of(at.truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException e) {
      // not a date and time: below
    }
    try {
      Instant at = LocalDate.parse(written).atStartOfDay().toInstant(ZoneOffset.UTC);
      notes.file(
          "`"
              + key
              + ": "
              + StatuspageIncident.shown(written)
              + "` has no time; read as"
              + " midnight UTC");
      return Optional.of(at);
    } catch (DateTimeParseException e) {
      notes.file(
          "`" + key + ": " + StatuspageIncident.shown(written) + "` is not a time we can read");
      return Optional.empty();
    }
  }
}
