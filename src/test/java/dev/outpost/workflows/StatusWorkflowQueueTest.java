package dev.outpost.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.init.Scaffold;
import dev.outpost.workflows.ActionsQueue.Event;
import dev.outpost.workflows.ActionsQueue.Run;
import dev.outpost.workflows.ActionsQueue.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The status workflow under GitHub's concurrency rules ({@link ActionsQueue}): the workflow that
 * {@code outpost init} writes and this repository's own, read from their YAML, with their job-level
 * {@code if:} evaluated against real webhook payloads and variants of them. Every event that can
 * change the page ends published, whatever strangers do meanwhile; the workflow as it was before
 * ({@code status-before.yml}, which decided inside the run) loses an update, which shows the model
 * can tell the two apart.
 */
class StatusWorkflowQueueTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WEBHOOKS = Path.of("src/test/resources/webhooks");
  private static final Map<String, Integer> TICKS = Map.of("build", 3, "deploy", 1);

  // Events, from GitHub's own payloads.
  private static final Event PUSH = event("push", read("push.event.0.json"), "push");
  private static final Event SCHEDULE =
      event("schedule", JSON.createObjectNode().put("schedule", "*/15 * * * *"), "schedule");
  private static final Event DISPATCH =
      event("workflow_dispatch", read("workflow_dispatch.event.0.json"), "workflow_dispatch");

  private static Event labeled(int issue, String label, String... labels) {
    ObjectNode payload = issue(read("issues.labeled.10.json"), issue, labels);
    ((ObjectNode) payload.get("label")).put("name", label);
    return event("issues", payload, "issues.labeled " + label + " on #" + issue);
  }

  /** {@code label} was removed; {@code labels} are those the issue still has. */
  private static Event unlabeled(int issue, String label, String... labels) {
    ObjectNode payload = issue(read("issues.unlabeled.24.json"), issue, labels);
    ((ObjectNode) payload.get("label")).put("name", label);
    return event("issues", payload, "issues.unlabeled " + label + " on #" + issue);
  }

  /** A comment on an issue with {@code labels}, by {@code login} with {@code association}. */
  private static Event comment(int issue, String login, String association, String... labels) {
    ObjectNode payload = issue(read("issue_comment.created.0.json"), issue, labels);
    ObjectNode comment = (ObjectNode) payload.get("comment");
    comment.put("author_association", association);
    ((ObjectNode) comment.get("user")).put("login", login);
    return event("issue_comment", payload, "comment by " + login + " on #" + issue);
  }

  private static Event strangerComment(int issue, String... labels) {
    return comment(issue, "mallory", "NONE", labels);
  }

  private static Event maintainerComment(int issue, String... labels) {
    return comment(issue, "carol", "OWNER", labels);
  }

  // The workflows.

  private static Workflow scaffolded() throws IOException {
    return Workflow.parse(Scaffold.statusWorkflow(config("outpost.yml"), "acme/outpost@v1"));
  }

  private static Workflow repositorys() throws IOException {
    return Workflow.parse(Files.readString(Path.of(".github/workflows/status.yml")));
  }

  /** The scaffolded workflow as it was while the build decided whether an event mattered. */
  private static Workflow before() throws IOException {
    return Workflow.parse(
        Files.readString(Path.of("src/test/resources/dev/outpost/workflows/status-before.yml"))
            .replace("${action}", "acme/outpost@v1"));
  }

  /**
   * What the build job leaves for the deploy job: before, {@code skipped} from the Action, which
   * built nothing for an issue or comment event on an issue without the outage or maintenance label
   * (in any case) that had not just lost one. Now, only the status.
   */
  private static Map<String, String> outputsBefore(String job, Event event) {
    if (!job.equals("build")) {
      return Map.of();
    }
    boolean concerns = true;
    if (event.name().equals("issues") || event.name().equals("issue_comment")) {
      List<String> labels = new ArrayList<>();
      event
          .payload()
          .path("issue")
          .path("labels")
          .forEach(l -> labels.add(l.path("name").asText()));
      labels.add(event.payload().path("label").path("name").asText(""));
      concerns =
          labels.stream()
              .anyMatch(l -> l.equalsIgnoreCase("outage") || l.equalsIgnoreCase("maintenance"));
    }
    return Map.of("skipped", concerns ? "false" : "true");
  }

  private static Map<String, String> outputsNow(String job, Event event) {
    return job.equals("build") ? Map.of("indicator", "major") : Map.of();
  }

  private static List<Run> play(Workflow workflow, boolean before, List<Event> events, int[] at) {
    return new ActionsQueue(
            workflow,
            TICKS,
            before ? StatusWorkflowQueueTest::outputsBefore : StatusWorkflowQueueTest::outputsNow)
        .play(events, at);
  }

  /** The first tick at which a site that includes event {@code k} was deployed, or -1. */
  private static int publishedAt(List<Run> runs, int k) {
    return runs.stream()
        .filter(r -> r.jobs.get("deploy").status == Status.SUCCESS)
        .filter(r -> r.jobs.get("build").seen > k)
        .mapToInt(r -> r.jobs.get("deploy").end)
        .min()
        .orElse(-1);
  }

  private static int[] ticks(int... at) {
    return at;
  }

  // The job-level if: decides from the payload alone.

  @Test
  void theBuildJobRunsForEventsThatCanChangeThePageAndNoOther() throws IOException {
    for (Workflow workflow : List.of(scaffolded(), repositorys())) {
      Map<Event, Boolean> expected = new java.util.LinkedHashMap<>();
      expected.put(PUSH, true);
      expected.put(SCHEDULE, true);
      expected.put(DISPATCH, true);
      expected.put(labeled(2, "outage", "outage"), true);
      expected.put(labeled(2, "Outage", "Outage", "component:api"), true);
      expected.put(labeled(2, "component:api", "OUTAGE", "component:api"), true);
      expected.put(labeled(5, "maintenance", "maintenance"), true);
      expected.put(unlabeled(2, "Outage", "bug"), true);
      expected.put(unlabeled(5, "maintenance"), true);
      expected.put(maintainerComment(2, "outage"), true);
      expected.put(labeled(7, "notice", "notice"), true);
      expected.put(labeled(7, "Notice", "Notice", "bug"), true);
      expected.put(unlabeled(7, "notice", "bug"), true);
      expected.put(strangerComment(2, "Outage"), true);
      expected.put(labeled(3, "bug", "bug"), false);
      expected.put(unlabeled(3, "bug", "outage-review"), false);
      expected.put(strangerComment(3, "bug"), false);
      expected.put(strangerComment(4), false);
      expected.put(strangerComment(6, "outages"), false);
      expected.forEach(
          (event, runs) -> {
            List<Run> played = play(workflow, false, List.of(event), ticks(0));
            Status build = played.get(0).jobs.get("build").status;
            assertEquals(runs ? Status.SUCCESS : Status.SKIPPED, build, event.toString());
          });
    }
  }

  @Test
  void theLabelsComeFromTheConfigQuotedForTheExpression() throws IOException {
    SiteConfig config = config("outpost.yml");
    GitHubSettings.Labels labels =
        new GitHubSettings.Labels(
            "it's down",
            "planned work",
            config.github().labels().componentPrefix(),
            config.github().labels().majorOutage(),
            config.github().labels().partialOutage(),
            config.github().labels().degraded(),
            config.github().labels().identified(),
            config.github().labels().monitoring(),
            "read this");
    SiteConfig custom =
        new SiteConfig(
            config.site(),
            config.groups(),
            config.components(),
            config.uptime(),
            new GitHubSettings(
                config.github().repository(), labels, config.github().trustedUsers()),
            config.now());
    Workflow workflow = Workflow.parse(Scaffold.statusWorkflow(custom, "acme/outpost@v1"));

    for (Event event :
        List.of(
            labeled(2, "It's Down", "It's Down"),
            unlabeled(2, "planned work"),
            labeled(7, "Read This", "Read This"),
            unlabeled(7, "read this"),
            strangerComment(2, "IT'S DOWN"))) {
      assertEquals(
          Status.SUCCESS,
          play(workflow, false, List.of(event), ticks(0)).get(0).jobs.get("build").status,
          event.toString());
    }
    assertEquals(
        Status.SKIPPED,
        play(workflow, false, List.of(labeled(3, "outage", "outage")), ticks(0))
            .get(0)
            .jobs
            .get("build")
            .status);
  }

  @Test
  void theRepositoryRunsTheWorkflowThatInitWrites() throws IOException {
    assertEquals(
        Scaffold.statusWorkflow(config("outpost.yml"), "./"),
        Files.readString(Path.of(".github/workflows/status.yml")));
  }

  // The queue.

  /**
   * A build is running; a maintainer marks issue #2 as an outage, and that run waits; then a
   * stranger comments on issue #3, which is about something else.
   */
  private static final List<Event> LOST_UPDATE =
      List.of(PUSH, labeled(2, "Outage", "Outage"), strangerComment(3, "bug"));

  @Test
  void anUpdateWaitingBehindABuildIsPublishedWhateverComesAfterIt() throws IOException {
    for (Workflow workflow : List.of(scaffolded(), repositorys())) {
      List<Run> runs = play(workflow, false, LOST_UPDATE, ticks(0, 1, 2));

      assertEquals(Status.SKIPPED, runs.get(2).jobs.get("build").status, "the comment is skipped");
      assertEquals(Status.SUCCESS, runs.get(1).jobs.get("deploy").status);
      // The push's build ends at 3, the update's build runs 3 to 6 and is deployed by 7.
      assertEquals(7, publishedAt(runs, 1));
    }
  }

  @Test
  void theWorkflowAsItWasLosesThatUpdate() throws IOException {
    List<Run> runs = play(before(), true, LOST_UPDATE, ticks(0, 1, 2));

    assertTrue(runs.get(1).cancelled, "the comment's run replaced the waiting update");
    assertEquals(Status.SKIPPED, runs.get(2).jobs.get("deploy").status, "and deployed nothing");
    assertEquals(-1, publishedAt(runs, 1), "so the update is not on the page");
  }

  @Test
  void aStrangerCommentingInALoopCannotHoldThePageBack() throws IOException {
    List<Event> events = new ArrayList<>(List.of(SCHEDULE, maintainerComment(2, "outage")));
    int[] at = new int[202];
    at[1] = 1;
    for (int i = 2; i < at.length; i++) {
      events.add(strangerComment(3 + i % 5, "question"));
      at[i] = i;
    }

    for (Workflow workflow : List.of(scaffolded(), repositorys())) {
      assertEquals(7, publishedAt(play(workflow, false, events, at), 1));
    }
    assertEquals(-1, publishedAt(play(before(), true, events, at), 1), "as it was: never");
  }

  @Test
  void aStrangerCommentingOnTheOutageIssueItselfCannotHoldThePageBackEither() throws IOException {
    // Comments on an outage issue start builds (a trusted comment there is news), each whole;
    // builds and deployments queue apart, so the stream never starves the deployments.
    List<Event> events = new ArrayList<>(List.of(SCHEDULE, maintainerComment(2, "outage")));
    int[] at = new int[202];
    at[1] = 1;
    for (int i = 2; i < at.length; i++) {
      events.add(strangerComment(2, "outage"));
      at[i] = i;
    }

    for (Workflow workflow : List.of(scaffolded(), repositorys())) {
      List<Run> runs = play(workflow, false, events, at);
      assertEquals(7, publishedAt(runs, 1));
      long deployments =
          runs.stream().filter(r -> r.jobs.get("deploy").status == Status.SUCCESS).count();
      assertTrue(deployments >= 200 / 3, "deployed " + deployments + " times during the stream");
    }
    // With builds and deployments in one group, every new build replaces the waiting deployment:
    // nothing is published until the stream stops.
    Workflow oneGroup =
        Workflow.parse(
            Files.readString(Path.of(".github/workflows/status.yml"))
                .replace("status-page-deploy", "status-page-build"));
    int published = publishedAt(play(oneGroup, false, events, at), 1);
    assertTrue(published > at[at.length - 1], "published at " + published);
  }

  @Test
  void everyEventThatCanChangeThePageEndsPublished() throws IOException {
    Random random = new Random(18);
    List<Event> kinds =
        List.of(
            PUSH,
            SCHEDULE,
            DISPATCH,
            labeled(2, "outage", "outage"),
            unlabeled(2, "OUTAGE", "bug"),
            labeled(5, "maintenance", "maintenance"),
            maintainerComment(2, "Outage"),
            strangerComment(2, "outage"),
            strangerComment(3, "bug"),
            strangerComment(4),
            labeled(3, "bug", "bug"));
    for (Workflow workflow : List.of(scaffolded(), repositorys())) {
      for (int sequence = 0; sequence < 200; sequence++) {
        int size = 1 + random.nextInt(30);
        List<Event> events = new ArrayList<>();
        int[] at = new int[size];
        int tick = 0;
        for (int i = 0; i < size; i++) {
          events.add(kinds.get(random.nextInt(kinds.size())));
          at[i] = tick;
          tick += random.nextInt(4);
        }
        List<Run> runs = play(workflow, false, events, at);
        for (int k = 0; k < size; k++) {
          Status build = runs.get(k).jobs.get("build").status;
          if (build != Status.SKIPPED) {
            assertFalse(
                publishedAt(runs, k) < 0,
                "event " + k + " (" + events.get(k) + ") of " + events + " at " + toList(at));
          }
        }
      }
    }
  }

  private static List<Integer> toList(int[] at) {
    return java.util.Arrays.stream(at).boxed().toList();
  }

  // Helpers.

  private static SiteConfig config(String file) {
    Problems problems = new Problems();
    return ConfigReader.read(Path.of(file), problems)
        .orElseThrow(() -> new AssertionError(problems.toString()));
  }

  private static Event event(String name, JsonNode payload, String label) {
    return new Event(name, payload, label);
  }

  private static ObjectNode read(String file) {
    try {
      return (ObjectNode) JSON.readTree(WEBHOOKS.resolve(file).toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code payload} about issue {@code number} carrying {@code labels}, shaped as GitHub's. */
  private static ObjectNode issue(ObjectNode payload, int number, String... labels) {
    ObjectNode issue = (ObjectNode) payload.get("issue");
    JsonNode shape = issue.path("labels").path(0);
    issue.put("number", number);
    ArrayNode list = issue.putArray("labels");
    for (String label : labels) {
      ObjectNode copy = shape.isObject() ? shape.deepCopy() : JSON.createObjectNode();
      copy.put("name", label);
      copy.put(
          "url", copy.path("url").asText("").replaceAll("[^/]*$", label.toLowerCase(Locale.ROOT)));
      list.add(copy);
    }
    return payload;
  }
}
