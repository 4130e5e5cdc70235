package dev.outpost.hostile;

import static dev.outpost.hostile.HostilePayloads.yamlQuoted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sources of a site made of hostile text: every payload is an incident's title, the body of
 * another incident and an update of a third, a component's name and another's description; the
 * site's title, description, notice, link titles, group names and maintenance windows take some
 * too. Built at {@link #NOW}.
 */
public final class HostileSite {
  public static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private final List<String> payloads;

  private HostileSite(List<String> payloads) {
    this.payloads = payloads;
  }

  /** Writes {@code outpost.yml} and {@code incidents/} into {@code dir}. */
  public static HostileSite write(Path dir) {
    HostileSite site = new HostileSite(HostilePayloads.all());
    try {
      Files.createDirectories(dir.resolve("incidents"));
      Files.writeString(dir.resolve("outpost.yml"), site.config());
      for (int i = 0; i < site.payloads.size(); i++) {
        Files.writeString(dir.resolve("incidents/" + site.incidentId(i) + ".md"), site.incident(i));
      }
      for (int i = 0; i < 3; i++) {
        Files.writeString(
            dir.resolve("incidents/" + site.maintenanceId(i) + ".md"), site.maintenance(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return site;
  }

  public List<String> payloads() {
    return payloads;
  }

  /** The payload at {@code i}, counting round the corpus. */
  public String payload(int i) {
    return payloads.get(Math.floorMod(i, payloads.size()));
  }

  public String siteTitle() {
    return payload(0);
  }

  /** Component {@code i} is named after payload {@code i}; its id is {@code c<i>}. */
  public String componentName(int i) {
    return payload(i);
  }

  /** Incident {@code i} is titled after payload {@code i}. */
  public String incidentTitle(int i) {
    return payload(i);
  }

  /** The Markdown body of incident {@code i}. */
  public String incidentBody(int i) {
    return payload(i + 1);
  }

  /** The Markdown body of the update of incident {@code i}. */
  public String updateBody(int i) {
    return payload(i + 2);
  }

  public String incidentId(int i) {
    return incidentStart(i).toString().substring(0, 10) + "-hostile-" + i;
  }

  public String maintenanceId(int i) {
    return maintenanceStart(i).toString().substring(0, 10) + "-hostile-maintenance-" + i;
  }

  /** Incidents are two hours apart, the newest an hour ago; every tenth is still going on. */
  private Instant incidentStart(int i) {
    return NOW.minus(Duration.ofHours(1 + 2L * i));
  }

  /** One window is over, one in progress, one to come. */
  private Instant maintenanceStart(int i) {
    return NOW.plus(Duration.ofHours(-30 + 29L * i));
  }

  private String config() {
    StringBuilder yaml = new StringBuilder();
    yaml.append("site:\n")
        .append("  title: ")
        .append(yamlQuoted(siteTitle()))
        .append("\n  description: ")
        .append(yamlQuoted(payload(1)))
        .append("\n  url: https://hostile.example/status/\n")
        .append("  notice: ")
        .append(yamlQuoted(payload(2)))
        .append("\n  links:\n");
    for (int i = 3; i < 6; i++) {
      yaml.append("    - { title: ")
          .append(yamlQuoted(payload(i)))
          .append(", url: \"https://ok.example/?q=")
          .append(i)
          .append("&x=%22%3E%3Cscript%3E\" }\n");
    }
    yaml.append("groups:\n");
    for (int g = 0; g < 2; g++) {
      yaml.append("  - { id: g")
          .append(g)
          .append(", name: ")
          .append(yamlQuoted(payload(10 + g)))
          .append(", description: ")
          .append(yamlQuoted(payload(20 + g)))
          .append(" }\n");
    }
    yaml.append("components:\n");
    for (int i = 0; i < payloads.size(); i++) {
      yaml.append("  - { id: c")
          .append(i)
          .append(", name: ")
          .append(yamlQuoted(componentName(i)))
          .append(", description: ")
          .append(yamlQuoted(payload(i + 3)))
          .append(i % 3 == 2 ? "" : ", group: g" + (i % 3))
          .append(" }\n");
    }
    yaml.append("uptime:\n  days: 7\n");
    return yaml.toString();
  }

  private String incident(int i) {
    Instant start = incidentStart(i);
    StringBuilder md = new StringBuilder("---\n");
    md.append("title: ").append(yamlQuoted(incidentTitle(i))).append('\n');
    md.append("components: { c").append(i).append(": partial_outage }\n");
    md.append("started: ").append(start).append('\n');
    if (i % 10 != 0) {
      md.append("resolved: ").append(start.plus(Duration.ofMinutes(50))).append('\n');
    }
    md.append("updates:\n")
        .append("  - at: ")
        .append(start.plus(Duration.ofMinutes(20)))
        .append("\n    state: identified\n    body: ")
        .append(yamlQuoted(updateBody(i)))
        .append("\n---\n")
        .append(incidentBody(i))
        .append('\n');
    return md.toString();
  }

  private String maintenance(int i) {
    Instant start = maintenanceStart(i);
    return "---\ntitle: "
        + yamlQuoted(payload(30 + i))
        + "\ncomponents: [c0, c1]\nmaintenance:\n  start: "
        + start
        + "\n  end: "
        + start.plus(Duration.ofHours(2))
        + "\nupdates:\n  - at: "
        + (start.isBefore(NOW) ? start : NOW).minus(Duration.ofHours(1))
        + "\n    body: "
        + yamlQuoted(payload(40 + i))
        + "\n---\n"
        + payload(50 + i)
        + "\n";
  }
}
