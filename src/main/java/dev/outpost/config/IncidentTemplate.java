package dev.outpost.config;

import dev.outpost.model.ComponentStatus;
import dev.outpost.model.Impact;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of {@code templates:} in {@code outpost.yml}: an incident prepared in advance, which
 * {@code outpost init --update-forms} turns into an issue form and {@code outpost new incident
 * --template} into an incident file.
 *
 * @param id the template's id, also the name of its issue form ({@code template-<id>.yml})
 * @param title the incident's title
 * @param components the affected components and their statuses, in the order written
 * @param impact the declared impact, or {@code null} for the one the statuses imply
 * @param message the first update's text, in Markdown; empty for none
 */
public record IncidentTemplate(
    String id,
    String title,
    Map<String, ComponentStatus> components,
    Impact impact,
    String message) {
  public IncidentTemplate {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /** The declared impact, if any. */
  public Optional<Impact> declaredImpact() {
    return Optional.ofNullable(impact);
  }
}
