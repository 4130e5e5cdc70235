package dev.outpost.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.Incident;
import dev.outpost.model.StatusPage;
import dev.outpost.source.github.GitHubGraphQl;
import dev.outpost.source.github.GitHubIssues;
import dev.outpost.source.github.LabelNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the issue of the current outage pinned to the top of the repository's issues, and closes
 * the open outage issues whose incident a {@code /resolve} resolved: reads the repository's pins
 * and open outage issues in one request, decides with {@link PinPlan}, and sends only the mutations
 * that change something, so that a second run with nothing new sends none.
 */
public final class IssuePinner {
  /** Marks Outpost's own comment with the link to the status page, so it is posted once. */
  public static final String MARKER = GitHubIssues.STATUS_PAGE_LINK_MARKER;

  private final GitHubGraphQl github;
  private final String repository;
  private final String owner;
  private final String name;

  /** Pins in {@code repository} ({@code owner/name}) through {@code github}. */
  public IssuePinner(GitHubGraphQl github, String repository) {
    this.github = github;
    this.repository = repository;
    int slash = repository.indexOf('/');
    this.owner = repository.substring(0, slash);
    this.name = repository.substring(slash + 1);
  }

  /**
   * Pins, unpins, comments and locks as {@link PinPlan} decides for the outages on {@code page} at
   * {@code now}, and returns the plan it carried out.
   */
  public PinPlan apply(StatusPage page, Instant now, String outageLabel, PinPlan.Options options) {
    ObjectNode variables = JsonNodeFactory.instance.objectNode();
    variables.put("owner", owner).put("name", name).put("label", outageLabel);
    JsonNode read =
        github
            .run(
                document("pins.graphql"),
                variables,
                "pinned and open outage issues of " + owner + "/" + name)
            .path("repository");
    PinPlan plan =
        PinPlan.of(
            pinned(read, outageLabel),
            open(read),
            confirmed(page, now, this.repository),
            resolved(page, now, this.repository),
            options);
    for (PinPlan.Issue issue : plan.close()) {
      mutate("close-issue.graphql", issue, null, "close resolved outage #" + issue.number());
    }
    for (PinPlan.Issue issue : plan.unpin()) {
      mutate("unpin-issue.graphql", issue, null, "unpin closed outage #" + issue.number());
    }
    plan.pin()
        .ifPresent(
            issue -> mutate("pin-issue.graphql", issue, null, "pin outage #" + issue.number()));
    for (PinPlan.Issue issue : plan.comment()) {
      String link =
          page.site().url().resolve("incidents/" + id(page, issue.number()) + "/").toString();
      String body =
          MARKER
              + "\nThis outage is on the status page: "
              + link
              + "\n\nUpdates that maintainers post here appear there too.";
      mutate("add-comment.graphql", issue, body, "comment on outage #" + issue.number());
    }
    for (PinPlan.Issue issue : plan.lock()) {
      mutate("lock-issue.graphql", issue, null, "lock outage #" + issue.number());
    }
    return plan;
  }

  /**
   * The numbers of the issues whose incidents are ongoing at {@code now}: those read from the issue
   * itself, which the trust rules let onto the page, never an incident that only has an issue's id.
   */
  static Set<Integer> confirmed(StatusPage page, Instant now, String repository) {
    Set<Integer> numbers = new TreeSet<>();
    for (Incident incident : page.incidents()) {
      if (fromIssueOf(incident, repository) && incident.isActive(now)) {
        numbers.add(incident.origin().issue());
      }
    }
    return numbers;
  }

  /**
   * The numbers of the issues whose incidents, read from the issue itself, are resolved at {@code
   * now}: an open one was resolved by a trusted {@code /resolve}.
   */
  static Set<Integer> resolved(StatusPage page, Instant now, String repository) {
    Set<Integer> numbers = new TreeSet<>();
    for (Incident incident : page.incidents()) {
      if (fromIssueOf(incident, repository)
          && incident.resolved().filter(at -> !at.isAfter(now)).isPresent()) {
        numbers.add(incident.origin().issue());
      }
    }
    return numbers;
  }

  /**
   * Whether {@code incident} was read from an issue of {@code repository}: on a page of several
   * repositories, issue #12 of one is not issue #12 of another.
   */
  private static boolean fromIssueOf(Incident incident, String repository) {
    return incident.origin().fromIssue()
        && (incident.origin().repository() == null || incident.origin().isIssueOf(repository));
  }

  /** The id of the incident read from issue {@code number} of this repository. */
  private String id(StatusPage page, int number) {
    return page.incidents().stream()
        .filter(i -> fromIssueOf(i, repository) && i.origin().issue() == number)
        .map(Incident::id)
        .findFirst()
        .orElse("gh-" + number);
  }

  private static List<PinPlan.Pinned> pinned(JsonNode repository, String outageLabel) {
    List<PinPlan.Pinned> pinned = new ArrayList<>();
    for (JsonNode node : repository.path("pinnedIssues").path("nodes")) {
      JsonNode issue = node.path("issue");
      boolean outage = false;
      for (JsonNode label : issue.path("labels").path("nodes")) {
        outage |= LabelNames.same(label.path("name").asText(), outageLabel);
      }
      pinned.add(
          new PinPlan.Pinned(
              issue.path("id").asText(),
              issue.path("number").asInt(),
              "CLOSED".equals(issue.path("state").asText()),
              outage));
    }
    return pinned;
  }

  private static List<PinPlan.OpenOutage> open(JsonNode repository) {
    List<PinPlan.OpenOutage> open = new ArrayList<>();
    for (JsonNode issue : repository.path("issues").path("nodes")) {
      boolean linked = false;
      for (JsonNode comment : issue.path("comments").path("nodes")) {
        // Anyone can write the marker; only a comment made with this token is Outpost's.
        linked |=
            comment.path("viewerDidAuthor").asBoolean(false)
                && comment.path("body").asText().contains(MARKER);
      }
      open.add(
          new PinPlan.OpenOutage(
              issue.path("id").asText(),
              issue.path("number").asInt(),
              Instant.parse(issue.path("createdAt").asText()),
              issue.path("isPinned").asBoolean(),
              issue.path("locked").asBoolean(),
              linked));
    }
    return open;
  }

  private void mutate(String file, PinPlan.Issue issue, String body, String what) {
    ObjectNode variables = JsonNodeFactory.instance.objectNode().put("id", issue.id());
    if (body != null) {
      variables.put("body", body);
    }
    github.run(document(file), variables, what);
  }

  private static String document(String file) {
    return GitHubGraphQl.document(IssuePinner.class, file);
  }
}
