package dev.outpost;

import dev.outpost.config.Problems;
import dev.outpost.model.Incident;
import dev.outpost.model.IncidentCorrection;
import dev.outpost.model.Maintenance;
import dev.outpost.source.files.IncidentFiles;
import dev.outpost.source.github.GitHubIssues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the files and the issues into one list, for {@link Pipeline#read}. */
final class Sources {
  private Sources() {}

  /**
   * The issues' incidents, each with the file that names its issue ({@code issue: 123} or {@code
   * issue: acme/api#123}) applied. A file naming an issue that is no incident is a problem.
   */
  static List<Incident> corrected(
      GitHubIssues.Contents issues, IncidentFiles.Contents files, Problems problems) {
    Map<String, Incident> byId = new LinkedHashMap<>();
    issues.incidents().forEach(i -> byId.put(i.id(), i));
    Map<String, String> correctedBy = new HashMap<>();
    for (IncidentCorrection correction : files.corrections()) {
      String id = correction.id();
      Incident incident = byId.get(id);
      String earlier = correctedBy.putIfAbsent(id, correction.path());
      if (earlier != null) {
        problems.add(
            correction.path(),
            0,
            0,
            "issue " + correction.issueName() + " is already corrected by " + earlier);
      } else if (incident == null) {
        problems.add(
            correction.path(),
            0,
            0,
            "issue "
                + correction.issueName()
                + " is no incident on GitHub (it has no outage label, was closed as not planned,"
                + " is not trusted, is a maintenance window, or does not exist); remove `issue`"
                + " or the file");
      } else {
        try {
          byId.put(id, correction.applyTo(incident));
        } catch (IllegalArgumentException e) {
          problems.add(
              correction.path(),
              0,
              0,
              "cannot correct issue " + correction.issueName() + ": " + e.getMessage());
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Reports ids that both a file and an issue use, such as a file named {@code gh-12.md}. */
  static void checkIds(List<Incident> incidents, List<Maintenance> maintenance, Problems problems) {
    Map<String, String> seen = new HashMap<>();
    for (Incident incident : incidents) {
      clash(incident.id(), where(incident.origin()), seen, problems);
    }
    for (Maintenance window : maintenance) {
      clash(window.id(), where(window.origin()), seen, problems);
    }
  }

  private static String where(dev.outpost.model.Origin origin) {
    return origin.url() != null ? origin.url() : origin.path();
  }

  private static void clash(String id, String where, Map<String, String> seen, Problems problems) {
    String first = seen.putIfAbsent(id, where);
    if (first != null) {
      problems.add(
          where,
          0,
          0,
          "the id `"
              + id
              + "` is also used by "
              + first
              + "; rename the file (ids gh-N are issues')");
    }
  }
}
