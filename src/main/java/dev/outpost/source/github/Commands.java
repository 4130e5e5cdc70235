package dev.outpost.source.github;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.IncidentState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command lines at the start of a comment: {@code /state identified}, {@code /component
 * api=operational} (several pairs may follow one {@code /component}, separated by spaces or commas;
 * {@code -} for the id stands for every component the incident affects), and {@code /resolve},
 * which may be followed on its line by the update's text. Every leading line that starts with
 * {@code /} is a command; the rest is the update's text.
 *
 * @param state the state from this comment on, or {@code null}
 * @param components the statuses this comment changes
 * @param everyAffected the status {@code -=STATUS} gives every affected component, or {@code null}
 * @param resolve whether the comment resolves the incident
 * @param text the comment without its command lines
 * @param errors what could not be read, one message each
 */
record Commands(
    IncidentState state,
    Map<String, ComponentStatus> components,
    ComponentStatus everyAffected,
    boolean resolve,
    String text,
    List<String> errors) {
  /** Every command a comment may start with, as docs/github-issues.md lists them. */
  static final List<String> NAMES =
      List.of("/state", "/component", "/resolve", "/confirm", "/dismiss");

  /** The id that stands for every component the incident affects. */
  static final String EVERY_AFFECTED = "-";

  private static final List<IncidentState> STATES =
      List.of(IncidentState.INVESTIGATING, IncidentState.IDENTIFIED, IncidentState.MONITORING);

  /** Reads the commands of {@code body}; {@code componentIds} are the known components. */
  static Commands parse(String body, List<String> componentIds) {
    String[] lines = body.replace("\r\n", "\n").split("\n", -1);
    IncidentState state = null;
    Map<String, ComponentStatus> components = new LinkedHashMap<>();
    ComponentStatus[] everyAffected = {null};
    boolean resolve = false;
    String resolveText = "";
    List<String> errors = new ArrayList<>();
    int i = 0;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() && i == 0) {
        continue;
      }
      if (!line.startsWith("/")) {
        break;
      }
      String[] words = line.split("[\\s,]+");
      String command = words[0].toLowerCase(Locale.ROOT);
      if (command.equals("/state") && words.length == 2) {
        Optional<IncidentState> read =
            IncidentState.fromId(words[1].toLowerCase(Locale.ROOT)).filter(STATES::contains);
        if (read.isPresent()) {
          state = read.get();
        } else {
          errors.add(
              "`"
                  + line
                  + "`: unknown state; use investigating, identified or monitoring (`/resolve`"
                  + " or close the issue to resolve)");
        }
      } else if ((command.equals("/confirm") || command.equals("/dismiss")) && words.length == 1) {
        // Read by Suspected: they decide whether a suspected issue is an incident.
        continue;
      } else if (command.equals("/component") && words.length >= 2) {
        for (int w = 1; w < words.length; w++) {
          component(words[w], componentIds, components, everyAffected, errors);
        }
      } else if (command.equals("/resolve")) {
        resolve = true;
        resolveText = line.substring(words[0].length()).strip();
      } else {
        errors.add(
            "`"
                + line
                + "`: unknown command; use `/state STATE`, `/component ID=STATUS`, `/resolve`,"
                + " `/confirm` or `/dismiss`, or start"
                + " the line with something other than `/`");
      }
    }
    StringBuilder text = new StringBuilder(resolveText).append('\n');
    for (int j = i; j < lines.length; j++) {
      text.append(lines[j]).append('\n');
    }
    return new Commands(
        state, components, everyAffected[0], resolve, text.toString().strip(), errors);
  }

  private static void component(
      String pair,
      List<String> ids,
      Map<String, ComponentStatus> components,
      ComponentStatus[] everyAffected,
      List<String> errors) {
    int equals = pair.indexOf('=');
    if (equals <= 0) {
      errors.add("`/component " + pair + "`: write it as ID=STATUS, such as api=operational");
      return;
    }
    String id = pair.substring(0, equals).toLowerCase(Locale.ROOT);
    String status = pair.substring(equals + 1).toLowerCase(Locale.ROOT).replace('-', '_');
    Optional<ComponentStatus> read = ComponentStatus.fromId(status);
    if (!ids.contains(id) && !id.equals(EVERY_AFFECTED)) {
      errors.add("`/component " + pair + "`: unknown component `" + id + "`");
    } else if (read.isEmpty()) {
      errors.add(
          "`/component "
              + pair
              + "`: unknown status; use operational, degraded_performance, partial_outage or"
              + " major_outage");
    } else if (id.equals(EVERY_AFFECTED)) {
      everyAffected[0] = read.get();
    } else {
      components.put(id, read.get());
    }
  }
}
