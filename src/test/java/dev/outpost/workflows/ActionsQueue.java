package dev.outpost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * GitHub's documented concurrency rules, run over one workflow and a sequence of events: every
 * event starts a run; a job whose needs are done is skipped when its {@code if:} is false (and then
 * joins no group), and otherwise queues in its concurrency group (or the run queues in the
 * workflow's group before any job). A group holds at most one running and one pending entry: an
 * entry that queues while another runs is pending, and replaces — cancels — the one pending before
 * it; a running entry is never cancelled ({@code cancel-in-progress: false}). A job whose needs did
 * not all succeed is skipped. Time is in ticks; every job takes its duration.
 */
final class ActionsQueue {
  /** An event: its name ({@code github.event_name}) and payload ({@code github.event}). */
  record Event(String name, JsonNode payload, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  enum Status {
    WAITING,
    PENDING,
    RUNNING,
    SUCCESS,
    SKIPPED,
    CANCELLED;

    boolean done() {
      return this == SUCCESS || this == SKIPPED || this == CANCELLED;
    }
  }

  /** One job of one run: its status, and when it started and ended. */
  static final class JobRun {
    final Workflow.Job job;
    Status status = Status.WAITING;
    int start = -1;
    int end = -1;

    /** How many events had arrived when the job started: what a build could read. */
    int seen = -1;

    JobRun(Workflow.Job job) {
      this.job = job;
    }
  }

  /** The run one event started. */
  static final class Run {
    final int index;
    final Event event;
    final int arrived;
    final Map<String, JobRun> jobs = new LinkedHashMap<>();
    boolean started;
    boolean cancelled;

    Run(int index, Event event, int arrived, Workflow workflow) {
      this.index = index;
      this.event = event;
      this.arrived = arrived;
      workflow.jobs().values().forEach(job -> jobs.put(job.id(), new JobRun(job)));
    }

    boolean done() {
      return jobs.values().stream().allMatch(j -> j.status.done());
    }
  }

  /** A group's running and pending entry: a {@link Run} or a {@link JobRun}. */
  private static final class Slot {
    Object running;
    Object pending;
  }

  private final Workflow workflow;
  private final Map<String, Integer> durations;
  private final BiFunction<String, Event, Map<String, String>> outputs;
  private final Map<String, Slot> groups = new HashMap<>();
  private final List<Run> runs = new ArrayList<>();

  /**
   * @param durations ticks each job takes, by job id
   * @param outputs the outputs a job leaves for the jobs that need it, by job id and event
   */
  ActionsQueue(
      Workflow workflow,
      Map<String, Integer> durations,
      BiFunction<String, Event, Map<String, String>> outputs) {
    this.workflow = workflow;
    this.durations = durations;
    this.outputs = outputs;
  }

  /**
   * Runs {@code events}, the i-th arriving at tick {@code at[i]} (ascending), until every run is
   * done, and returns the runs.
   */
  List<Run> play(List<Event> events, int[] at) {
    int next = 0;
    for (int tick = 0; next < events.size() || !runs.stream().allMatch(Run::done); tick++) {
      if (tick > 100_000) {
        throw new IllegalStateException("the queue never drained");
      }
      for (Run run : runs) {
        for (JobRun job : run.jobs.values()) {
          if (job.status == Status.RUNNING && job.end == tick) {
            job.status = Status.SUCCESS;
            release(job.job.group(), job, tick);
          }
        }
      }
      for (Run run : runs) {
        if (workflow.group() != null && run.started && run.done() && !run.cancelled) {
          release(workflow.group(), run, tick);
        }
      }
      while (next < events.size() && at[next] == tick) {
        Run run = new Run(runs.size(), events.get(next), tick, workflow);
        runs.add(run);
        next++;
        if (workflow.group() != null) {
          enqueue(workflow.group(), run, tick);
        } else {
          run.started = true;
        }
      }
      advance(tick);
    }
    return runs;
  }

  /** Decides every job whose needs are done, until nothing changes. */
  private void advance(int tick) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Run run : runs) {
        if (!run.started) {
          continue;
        }
        for (JobRun job : run.jobs.values()) {
          if (job.status != Status.WAITING) {
            continue;
          }
          List<JobRun> needs = job.job.needs().stream().map(run.jobs::get).toList();
          if (!needs.stream().allMatch(n -> n.status.done())) {
            continue;
          }
          changed = true;
          boolean succeeded = needs.stream().allMatch(n -> n.status == Status.SUCCESS);
          if (!Expression.jobRuns(job.job.condition(), context(run), succeeded)) {
            job.status = Status.SKIPPED;
          } else if (job.job.group() != null) {
            enqueue(job.job.group(), job, tick);
          } else {
            start(job, tick);
          }
        }
      }
    }
  }

  private void enqueue(Workflow.Group group, Object entry, int tick) {
    Slot slot =
        groups.computeIfAbsent(group.name().toLowerCase(java.util.Locale.ROOT), g -> new Slot());
    if (group.cancelInProgress() && slot.running != null) {
      throw new IllegalStateException("cancel-in-progress is not modelled");
    }
    if (slot.running == null) {
      slot.running = entry;
      begin(entry, tick);
      return;
    }
    if (slot.pending != null) {
      cancel(slot.pending);
    }
    slot.pending = entry;
    if (entry instanceof JobRun job) {
      job.status = Status.PENDING;
    }
  }

  private void release(Workflow.Group group, Object entry, int tick) {
    if (group == null) {
      return;
    }
    Slot slot = groups.get(group.name().toLowerCase(java.util.Locale.ROOT));
    if (slot == null || slot.running != entry) {
      return;
    }
    slot.running = slot.pending;
    slot.pending = null;
    if (slot.running != null) {
      begin(slot.running, tick);
    }
  }

  private void begin(Object entry, int tick) {
    if (entry instanceof Run run) {
      run.started = true;
    } else {
      start((JobRun) entry, tick);
    }
  }

  private void cancel(Object entry) {
    if (entry instanceof Run run) {
      run.cancelled = true;
      run.jobs.values().forEach(j -> j.status = Status.CANCELLED);
    } else {
      ((JobRun) entry).status = Status.CANCELLED;
    }
  }

  private void start(JobRun job, int tick) {
    job.status = Status.RUNNING;
    job.start = tick;
    job.end = tick + durations.getOrDefault(job.job.id(), 1);
    job.seen = (int) runs.stream().filter(r -> r.arrived <= tick).count();
  }

  /** {@code github} and {@code needs}, as a job-level {@code if:} sees them. */
  private JsonNode context(Run run) {
    ObjectNode context = JsonNodeFactory.instance.objectNode();
    ObjectNode github = context.putObject("github");
    github.put("event_name", run.event.name());
    github.set("event", run.event.payload());
    ObjectNode needs = context.putObject("needs");
    for (JobRun job : run.jobs.values()) {
      if (job.status.done()) {
        ObjectNode need = needs.putObject(job.job.id());
        need.put("result", job.status.name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode out = need.putObject("outputs");
        if (job.status == Status.SUCCESS) {
          outputs.apply(job.job.id(), run.event).forEach(out::put);
        }
      }
    }
    return context;
  }
}
