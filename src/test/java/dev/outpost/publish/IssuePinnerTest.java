package dev.outpost.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.Incident;
import dev.outpost.model.IncidentState;
import dev.outpost.model.IncidentUpdate;
import dev.outpost.model.Origin;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import dev.outpost.model.UptimePolicy;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which issues pinning may touch: those whose incidents on the page were read from them. */
class IssuePinnerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final String ISSUES = "https://github.com/acme/status/issues/";

  @Test
  void onlyIncidentsReadFromTheIssueItselfConfirmIt() {
    StatusPage page =
        page(
            ongoing("gh-12", Origin.issue(12, ISSUES + 12)),
            ongoing("gh-13", Origin.file("incidents/gh-13.md")),
            ongoing("gh-14", new Origin("incidents/fix-14.md", ISSUES + 14, 14)),
            ongoing("gh-15", new Origin(null, ISSUES + 15)),
            ongoing("db-down", Origin.file("incidents/db-down.md")));

    assertEquals(Set.of(12, 14), IssuePinner.confirmed(page, NOW, "acme/status"));
  }

  private static Incident ongoing(String id, Origin origin) {
    return new Incident(
        id,
        "Down",
        null,
        List.of(
            new IncidentUpdate(
                NOW.minusSeconds(3600), IncidentState.INVESTIGATING, Map.of(), "Looking.")),
        "",
        false,
        origin);
  }

  private static StatusPage page(Incident... incidents) {
    Site site =
        new Site(
            "Acme Status",
            "",
            URI.create("https://acme.github.io/status/"),
            ZoneId.of("UTC"),
            "",
            List.of());
    return new StatusPage(
        site, List.of(), List.of(), UptimePolicy.DEFAULT, List.of(incidents), List.of());
  }
}
