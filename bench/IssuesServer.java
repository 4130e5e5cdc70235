import dev.outpost.source.github.FakeGitHub;
import dev.outpost.source.github.Issue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Serves a deterministic synthetic history of N outage issues from the test suite's {@link
 * FakeGitHub} on 127.0.0.1, for {@code bench/compare --issues} and {@code bench/incremental}; a
 * build that kept them finds no issue updated since. The issues are numbered in the
 * order they were opened, over the 10 years before {@link Generate#NOW}; all but the last few are
 * closed as completed. Each is opened by {@code alice} (OWNER) with a body as GitHub writes the
 * issue form ({@code ### Affected components} naming 1 to 3 of {@link Generate}'s 20 components,
 * {@code ### Impact}, and 2 to 5 Markdown blocks under {@code ### What is happening}), and has 20
 * comments by {@code bob} (MEMBER) before it was closed, the sixth starting with {@code /state
 * identified}, the thirteenth with {@code /state monitoring} and {@code /component ID=operational},
 * some others with {@code /component ID=degraded_performance}.
 *
 * <p>Compiled together with {@code Generate.java} (whose components, texts and times it shares)
 * and run on the test classpath: {@code IssuesServer N FILE [PID]}. Once it serves, it writes four
 * lines to FILE: the fake's GraphQL address, its token, the repository ({@link Issue#REPO}) and the
 * address of WireMock's admin API, which counts its requests ({@code requests/count}); then it runs
 * until it is killed or, when given, process PID has ended.
 */
public final class IssuesServer {
  static final int COMMENTS = 20;
  static final String[] IMPACTS = {"Degraded performance", "Partial outage", "Major outage"};

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: IssuesServer N FILE [PID]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    FakeGitHub github = new FakeGitHub();
    Runtime.getRuntime().addShutdownHook(new Thread(github::close));
    github.serve(issues(n));
    // A build that kept the issues asks only for those updated since: none, in this history.
    github.serveUpdatedSince(null, List.of());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    String admin = github.uri().resolve("/__admin").toString();
    String lines = String.join("\n", github.uri().toString(), FakeGitHub.TOKEN, Issue.REPO, admin);
    Files.writeString(partial, lines + "\n", StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("serving %d issues of %s at %s%n", n, Issue.REPO, github.uri());
    if (args.length == 3) {
      ProcessHandle parent = ProcessHandle.of(Long.parseLong(args[2])).orElse(null);
      while (parent != null && parent.isAlive()) {
        Thread.sleep(1000);
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }

  static List<Issue> issues(int n) {
    Random r = new Random(Generate.SEED + 7 * n);
    long span = Duration.between(Generate.FROM, Generate.NOW).toMinutes();
    int ongoing = Math.max(2, n / 500);
    List<Issue> issues = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      boolean open = k >= n - ongoing;
      Instant opened;
      long minutes;
      if (open) {
        // The last few were opened in the past day and are not over.
        opened = Generate.NOW.minus(Duration.ofMinutes(60 + r.nextInt(20 * 60)));
        minutes = Duration.between(opened, Generate.NOW).toMinutes() - 5;
      } else {
        opened = Generate.FROM.plus(Duration.ofMinutes(span * k / n + r.nextInt(600)));
        minutes = 30 + r.nextInt(600);
      }
      issues.add(issue(r, k + 1, opened, minutes, open));
    }
    return issues;
  }

  /** Comments are spread over {@code minutes} after {@code opened}, when a closed one closed. */
  static Issue issue(Random r, int number, Instant opened, long minutes, boolean open) {
    List<String> components = Generate.pick(r, 1 + r.nextInt(3));
    String problem = Generate.PROBLEMS[r.nextInt(Generate.PROBLEMS.length)];
    String body =
        "### Affected components\n\n"
            + components.stream().map(Generate::name).collect(Collectors.joining(", "))
            + "\n\n### Impact\n\n"
            + IMPACTS[r.nextInt(IMPACTS.length)]
            + "\n\n### What is happening\n\n"
            + Generate.body(r, 2 + r.nextInt(4));
    Issue issue =
        Issue.outage(number)
            .created(Generate.TIME.format(opened))
            .title(problem + " for " + Generate.name(components.get(0)))
            .body(body);
    for (int i = 0; i < COMMENTS; i++) {
      Instant at = opened.plus(Duration.ofMinutes(minutes * (i + 1) / (COMMENTS + 1)));
      String state = i < 5 ? "investigating" : i < 12 ? "identified" : "monitoring";
      StringBuilder text = new StringBuilder();
      if (i == 5) {
        text.append("/state identified\n");
      } else if (i == 12) {
        text.append("/state monitoring\n/component");
        components.forEach(id -> text.append(' ').append(id).append("=operational"));
        text.append('\n');
      }
      if (i < 12 && r.nextInt(5) == 0) {
        text.append("/component ").append(components.get(0)).append("=degraded_performance\n");
      }
      text.append(Generate.updateBody(r, state));
      if (r.nextInt(3) == 0) {
        text.append("\n\n").append(Generate.sentence(r));
      }
      issue.comment("bob", "MEMBER", Generate.TIME.format(at), text.toString());
    }
    if (!open) {
      Instant closed = opened.plus(Duration.ofMinutes(minutes));
      issue.closed(Generate.TIME.format(closed), "COMPLETED", "bob");
    }
    return issue;
  }
}
