package dev.outpost.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component's effective status over time: the worst status of every segment covering each
 * instant, as sorted, disjoint intervals. Built once by a sweep over the segments' edges, then
 * queried per day or month by binary search, so a query never scans every incident.
 */
final class Timeline {
  private static final ComponentStatus[] BY_SEVERITY = bySeverity();

  private final Instant[] starts;
  private final Instant[] ends;
  private final ComponentStatus[] statuses;

  private Timeline(List<StatusSegment> intervals) {
    int n = intervals.size();
    starts = new Instant[n];
    ends = new Instant[n];
    statuses = new ComponentStatus[n];
    for (int i = 0; i < n; i++) {
      starts[i] = intervals.get(i).from();
      ends[i] = intervals.get(i).to();
      statuses[i] = intervals.get(i).status();
    }
  }

  /**
   * The timeline of component {@code componentId} up to {@code now}: every incident's segments for
   * it, and its maintenance windows as {@link ComponentStatus#UNDER_MAINTENANCE}.
   */
  static Timeline of(StatusPage page, String componentId, Instant now) {
    List<StatusSegment> segments = new ArrayList<>();
    for (Incident incident : page.incidents()) {
      segments.addAll(incident.segments(componentId, now));
    }
    for (Maintenance maintenance : page.maintenance()) {
      if (maintenance.components().contains(componentId)) {
        segments.add(
            new StatusSegment(
                maintenance.start(),
                maintenance.effectiveEnd(),
                ComponentStatus.UNDER_MAINTENANCE));
      }
    }
    return merge(segments, now);
  }

  /**
   * {@link #of} for every component of the page, by id, in one pass over the incidents: each
   * incident is asked only about the components it names. The timelines are exact from {@code from}
   * on: an incident resolved, or a window ended, at or before it is left out, as none of its time
   * comes after it.
   */
  static Map<String, Timeline> all(StatusPage page, Instant now, Instant from) {
    Map<String, List<StatusSegment>> segments = new HashMap<>();
    for (Component component : page.components()) {
      segments.put(component.id(), new ArrayList<>());
    }
    for (Incident incident : page.incidents()) {
      Optional<Instant> resolved = incident.resolved();
      if (resolved.isPresent() && !resolved.get().isAfter(from)) {
        continue;
      }
      for (String id : incident.affectedComponents()) {
        List<StatusSegment> own = segments.get(id);
        if (own != null) {
          own.addAll(incident.segments(id, now));
        }
      }
    }
    for (Maintenance maintenance : page.maintenance()) {
      if (!maintenance.effectiveEnd().isAfter(from)) {
        continue;
      }
      for (String id : maintenance.components()) {
        List<StatusSegment> own = segments.get(id);
        if (own != null) {
          own.add(
              new StatusSegment(
                  maintenance.start(),
                  maintenance.effectiveEnd(),
                  ComponentStatus.UNDER_MAINTENANCE));
        }
      }
    }
    Map<String, Timeline> timelines = new HashMap<>();
    segments.forEach((id, own) -> timelines.put(id, merge(own, now)));
    return timelines;
  }

  /** Merges possibly overlapping segments, cut at {@code until}, keeping the worst status. */
  static Timeline merge(List<StatusSegment> segments, Instant until) {
    List<Edge> edges = new ArrayList<>(segments.size() * 2);
    for (StatusSegment segment : segments) {
      Instant to = segment.to().isAfter(until) ? until : segment.to();
      if (segment.status() != ComponentStatus.OPERATIONAL && to.isAfter(segment.from())) {
        edges.add(new Edge(segment.from(), segment.status().severity(), 1));
        edges.add(new Edge(to, segment.status().severity(), -1));
      }
    }
    edges.sort(Comparator.comparing(Edge::at));
    int[] open = new int[BY_SEVERITY.length];
    List<StatusSegment> intervals = new ArrayList<>();
    ComponentStatus current = ComponentStatus.OPERATIONAL;
    Instant since = null;
    int i = 0;
    while (i < edges.size()) {
      Instant at = edges.get(i).at();
      for (; i < edges.size() && edges.get(i).at().equals(at); i++) {
        open[edges.get(i).severity()] += edges.get(i).delta();
      }
      ComponentStatus next = worstOpen(open);
      if (next != current) {
        if (current != ComponentStatus.OPERATIONAL) {
          intervals.add(new StatusSegment(since, at, current));
        }
        current = next;
        since = at;
      }
    }
    return new Timeline(intervals);
  }

  /** Time per status and the worst status within {@code [from, to)}. */
  Tally tally(Instant from, Instant to) {
    Tally tally = new Tally();
    for (int i = firstEndingAfter(from); i < starts.length && starts[i].isBefore(to); i++) {
      Instant a = starts[i].isAfter(from) ? starts[i] : from;
      Instant b = ends[i].isBefore(to) ? ends[i] : to;
      tally.add(statuses[i], Duration.between(a, b).toNanos());
    }
    return tally;
  }

  private int firstEndingAfter(Instant from) {
    int low = 0;
    int high = ends.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid].isAfter(from)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  private static ComponentStatus worstOpen(int[] open) {
    for (int severity = open.length - 1; severity > 0; severity--) {
      if (open[severity] > 0) {
        return BY_SEVERITY[severity];
      }
    }
    return ComponentStatus.OPERATIONAL;
  }

  private static ComponentStatus[] bySeverity() {
    ComponentStatus[] values = ComponentStatus.values();
    ComponentStatus[] bySeverity = new ComponentStatus[values.length];
    for (ComponentStatus status : values) {
      bySeverity[status.severity()] = status;
    }
    return bySeverity;
  }

  private record Edge(Instant at, int severity, int delta) {}

  /** Nanoseconds spent in each status (by severity) and the worst status seen. */
  static final class Tally {
    private final long[] nanos = new long[BY_SEVERITY.length];
    private ComponentStatus worst = ComponentStatus.OPERATIONAL;

    void add(ComponentStatus status, long duration) {
      nanos[status.severity()] += duration;
      worst = ComponentStatus.worst(worst, status);
    }

    void addAll(Tally other) {
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] += other.nanos[i];
      }
      worst = ComponentStatus.worst(worst, other.worst);
    }

    ComponentStatus worst() {
      return worst;
    }

    /** Weighted downtime in nanoseconds. */
    double downtime(UptimePolicy policy) {
      double downtime = 0;
      for (ComponentStatus status : BY_SEVERITY) {
        downtime += policy.weight(status) * nanos[status.severity()];
      }
      return downtime;
    }
  }
}
