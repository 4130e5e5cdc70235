import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic history for the benchmark: an {@code outpost.yml} with 20
 * components in 4 groups, and {@code N} incident and maintenance files spread over the 10 years
 * before {@link #NOW}. Each incident has 3 to 8 updates and a body of 2 to 5 Markdown blocks
 * (paragraphs, lists, links, inline and fenced code, sometimes a table); a few at the end are still
 * ongoing, about one entry in twelve is a maintenance window, and the last few windows are in
 * progress or still to come.
 *
 * <p>Run with {@code java bench/Generate.java N FOLDER}; the same N gives the same files, byte for
 * byte (fixed seed). Build the result with {@code --now 2026-11-21T12:00:00Z}.
 */
public final class Generate {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  static final Instant FROM = Instant.parse("2016-11-21T12:00:00Z");
  static final long SEED = 20261121L;
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  static final String[][] GROUPS = {
    {"core", "Core platform"},
    {"data", "Data"},
    {"delivery", "Delivery"},
    {"regions", "Regions"},
  };
  static final String[][] COMPONENTS = {
    {"api", "API", "core"},
    {"dashboard", "Dashboard", "core"},
    {"auth", "Authentication", "core"},
    {"billing", "Billing", "core"},
    {"search", "Search", "core"},
    {"database", "Managed databases", "data"},
    {"object-storage", "Object storage", "data"},
    {"queues", "Message queues", "data"},
    {"cache", "Cache clusters", "data"},
    {"backups", "Backups", "data"},
    {"cdn", "CDN", "delivery"},
    {"webhooks", "Webhooks", "delivery"},
    {"runners", "Build runners", "delivery"},
    {"deploys", "Deployments", "delivery"},
    {"dns", "DNS", "delivery"},
    {"us-east", "US East", "regions"},
    {"us-west", "US West", "regions"},
    {"eu-central", "EU Central", "regions"},
    {"ap-south", "Asia Pacific (Mumbai)", "regions"},
    {"sa-east", "South America (São Paulo)", "regions"},
  };
  static final String[] STATUSES = {"degraded_performance", "partial_outage", "major_outage"};
  static final String[] PROBLEMS = {
    "Elevated error rates", "Increased latency", "Failed requests", "Delayed processing",
    "Intermittent timeouts", "Partial outage", "Degraded performance", "Connection errors",
    "Slow responses", "Stuck jobs",
  };
  static final String[] CAUSES = {
    "a faulty deploy", "an expired certificate", "a saturated connection pool",
    "a misconfigured load balancer", "a failed disk on a primary node", "a DNS propagation delay",
    "a noisy neighbour on shared hosts", "a runaway background job", "an upstream provider outage",
    "a schema migration holding a lock",
  };
  static final String[] WORDS = (
      "the service requests traffic region cluster nodes queue workers latency errors customers "
          + "retry backlog capacity database replica primary failover cache memory disk network "
          + "packets upstream provider deploy rollback configuration certificate monitoring alerts "
          + "dashboard engineers mitigation impact window throughput partition shard index lock "
          + "timeouts connections handshake pool threads scheduler")
      .split(" ");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java bench/Generate.java N FOLDER");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]);
    Path incidents = root.resolve("incidents");
    Files.createDirectories(incidents);
    Files.writeString(root.resolve("outpost.yml"), config(), StandardCharsets.UTF_8);
    Random random = new Random(SEED + n);
    long span = Duration.between(FROM, NOW).toMinutes();
    int ongoing = Math.max(1, n / 500);
    int upcoming = Math.max(1, n / 1000);
    long bytes = 0;
    for (int k = 0; k < n; k++) {
      String text;
      String id;
      if (k >= n - ongoing) {
        // The last few started in the past day and are not over.
        Instant started = NOW.minus(Duration.ofMinutes(60 + random.nextInt(20 * 60)));
        id = DAY.format(started) + "-" + slug(random) + "-" + k;
        text = incident(random, started, false);
      } else if (k % 12 == 5 || k >= n - ongoing - upcoming) {
        Instant start;
        if (k >= n - ongoing - upcoming) {
          start = NOW.plus(Duration.ofDays(1 + random.nextInt(30))).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        } else {
          start = FROM.plus(Duration.ofMinutes(span * k / n + random.nextInt(600)));
        }
        id = DAY.format(start) + "-maintenance-" + k;
        text = maintenance(random, start);
      } else {
        Instant started = FROM.plus(Duration.ofMinutes(span * k / n + random.nextInt(600)));
        id = DAY.format(started) + "-" + slug(random) + "-" + k;
        text = incident(random, started, true);
      }
      Files.writeString(incidents.resolve(id + ".md"), text, StandardCharsets.UTF_8);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("wrote %d files (%.1f MB) into %s%n", n, bytes / 1e6, incidents);
  }

  static String config() {
    StringBuilder s = new StringBuilder();
    s.append("# Synthetic benchmark site written by bench/Generate.java; do not edit.\n");
    s.append("site:\n  title: Benchmark Cloud Status\n");
    s.append("  description: Ten years of synthetic incidents for the Outpost benchmark.\n");
    s.append("  url: https://bench.example/status/\n  timezone: Europe/Berlin\n");
    s.append("  links:\n    - { title: Benchmark Cloud, url: https://bench.example/ }\n");
    s.append("groups:\n");
    for (String[] g : GROUPS) {
      s.append("  - { id: ").append(g[0]).append(", name: ").append(g[1]).append(" }\n");
    }
    s.append("components:\n");
    for (String[] c : COMPONENTS) {
      s.append("  - { id: ").append(c[0]).append(", name: \"").append(c[1]);
      s.append("\", description: \"The ").append(c[1]).append(" service.\", group: ");
      s.append(c[2]).append(" }\n");
    }
    s.append("uptime:\n  days: 90\n");
    return s.toString();
  }

  static String incident(Random r, Instant started, boolean resolved) {
    int updates = 3 + r.nextInt(6);
    List<String> components = pick(r, 1 + r.nextInt(3));
    String problem = PROBLEMS[r.nextInt(PROBLEMS.length)];
    StringBuilder s = new StringBuilder("---\n");
    s.append("title: ").append(problem).append(" for ").append(name(components.get(0))).append('\n');
    s.append("components: {");
    for (int i = 0; i < components.size(); i++) {
      s.append(i == 0 ? " " : ", ").append(components.get(i)).append(": ");
      s.append(STATUSES[r.nextInt(STATUSES.length)]);
    }
    s.append(" }\n");
    s.append("started: ").append(TIME.format(started)).append('\n');
    // Resolved incidents last 10 minutes to 10 hours; ongoing ones have their updates before now.
    long minutes =
        resolved ? 10 + r.nextInt(600) : Duration.between(started, NOW).toMinutes() - 5;
    Instant end = started.plus(Duration.ofMinutes(minutes));
    if (resolved) {
      s.append("resolved: ").append(TIME.format(end)).append('\n');
    }
    if (resolved && r.nextInt(10) == 0) {
      s.append("postmortem: true\n");
    }
    s.append("updates:\n");
    String[] states = {"investigating", "identified", "monitoring"};
    for (int u = 0; u < updates; u++) {
      boolean last = u == updates - 1;
      Instant at = started.plus(Duration.ofMinutes(minutes * u / (updates - 1)));
      String state = resolved && last ? "resolved" : states[Math.min(2, u * 3 / updates)];
      s.append("  - at: ").append(TIME.format(at)).append('\n');
      s.append("    state: ").append(state).append('\n');
      if (!last && u > 0 && r.nextInt(3) == 0) {
        s.append("    components: { ").append(components.get(0)).append(": degraded_performance }\n");
      }
      s.append("    body: |-\n");
      for (String line : updateBody(r, state).split("\n")) {
        s.append(line.isEmpty() ? "" : "      " + line).append('\n');
      }
    }
    s.append("---\n");
    s.append(body(r, 2 + r.nextInt(4)));
    return s.toString();
  }

  static String maintenance(Random r, Instant start) {
    List<String> components = pick(r, 1 + r.nextInt(4));
    Instant end = start.plus(Duration.ofHours(1 + r.nextInt(4)));
    StringBuilder s = new StringBuilder("---\n");
    s.append("title: Planned maintenance of ").append(name(components.get(0))).append('\n');
    s.append("components: [").append(String.join(", ", components)).append("]\n");
    s.append("maintenance:\n");
    s.append("  start: ").append(TIME.format(start)).append('\n');
    s.append("  end: ").append(TIME.format(end)).append('\n');
    if (end.isBefore(NOW)) {
      s.append("updates:\n");
      int notes = 1 + r.nextInt(3);
      for (int u = 0; u < notes; u++) {
        Instant at = start.plus(Duration.ofMinutes(20L * u));
        s.append("  - at: ").append(TIME.format(at)).append('\n');
        s.append("    body: ").append(sentence(r)).append('\n');
      }
    }
    s.append("---\n");
    s.append(body(r, 2 + r.nextInt(4)));
    return s.toString();
  }

  static String updateBody(Random r, String state) {
    String cause = CAUSES[r.nextInt(CAUSES.length)];
    String first =
        switch (state) {
          case "investigating" -> "We are investigating reports of errors. " + sentence(r);
          case "identified" -> "The cause is " + cause + ". " + sentence(r);
          case "monitoring" -> "A fix is in place and we are watching `error_rate`. " + sentence(r);
          default -> "This incident is resolved. " + sentence(r);
        };
    return r.nextInt(4) == 0 ? first + "\n\n- " + sentence(r) + "\n- " + sentence(r) : first;
  }

  static String body(Random r, int blocks) {
    StringBuilder s = new StringBuilder();
    for (int b = 0; b < blocks; b++) {
      if (b > 0) {
        s.append('\n');
      }
      switch (b == 0 ? 0 : r.nextInt(6)) {
        case 1 -> {
          s.append("What we changed:\n\n");
          int items = 2 + r.nextInt(4);
          for (int i = 0; i < items; i++) {
            s.append("- ").append(sentence(r)).append('\n');
          }
        }
        case 2 -> {
          s.append("The fix, for the record:\n\n```sh\n");
          s.append("kubectl -n prod rollout undo deploy/").append(word(r)).append('\n');
          s.append("kubectl -n prod rollout status deploy/").append(word(r)).append("\n```\n");
        }
        case 3 -> {
          if (r.nextInt(2) == 0) {
            s.append("| Region | Error rate | Duration |\n|:--|--:|--:|\n");
            for (int i = 0; i < 3; i++) {
              s.append("| ").append(COMPONENTS[15 + r.nextInt(5)][1]).append(" | ");
              s.append(r.nextInt(40)).append(" % | ").append(5 + r.nextInt(90)).append(" min |\n");
            }
          } else {
            s.append("See the [runbook](https://docs.bench.example/runbooks/").append(word(r));
            s.append(") and <https://bench.example/blog/postmortems> for details. ");
            s.append(sentence(r)).append('\n');
          }
        }
        default -> {
          s.append("**").append(capital(word(r))).append(".** ");
          int sentences = 2 + r.nextInt(4);
          for (int i = 0; i < sentences; i++) {
            s.append(i == 0 ? "" : " ").append(sentence(r));
          }
          s.append('\n');
        }
      }
    }
    return s.toString();
  }

  static String sentence(Random r) {
    int words = 6 + r.nextInt(12);
    StringBuilder s = new StringBuilder(capital(word(r)));
    for (int i = 1; i < words; i++) {
      s.append(' ');
      String w = word(r);
      s.append(r.nextInt(25) == 0 ? "`" + w + "`" : r.nextInt(30) == 0 ? "_" + w + "_" : w);
    }
    return s.append('.').toString();
  }

  static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  static String slug(Random r) {
    return word(r) + "-" + word(r);
  }

  static String name(String id) {
    for (String[] c : COMPONENTS) {
      if (c[0].equals(id)) {
        return c[1];
      }
    }
    return id;
  }

  static List<String> pick(Random r, int count) {
    List<String> all = new ArrayList<>();
    for (String[] c : COMPONENTS) {
      all.add(c[0]);
    }
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(all.remove(r.nextInt(all.size())));
    }
    return picked;
  }
}
