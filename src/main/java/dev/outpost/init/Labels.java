package dev.outpost.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.config.GitHubSettings;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.source.github.GitHubGraphQl;
import dev.outpost.source.github.LabelNames;
import java.util.ArrayList;
import java.util.List;

/** Creates the labels a status repository uses, in one read and one mutation per missing label. */
public final class Labels {
  /** A label to have: its name, colour (hex, no {@code #}) and description. */
  public record Label(String name, String color, String description) {}

  private Labels() {}

  /** Every label the config's settings use: kinds, severities, states, one per component. */
  public static List<Label> wanted(SiteConfig config) {
    GitHubSettings.Labels names = config.github().labels();
    List<Label> labels = new ArrayList<>();
    labels.add(new Label(names.outage(), "b60205", "An outage, shown on the status page"));
    labels.add(new Label(names.maintenance(), "1d76db", "Maintenance, shown on the status page"));
    labels.add(new Label(names.notice(), "fbca04", "Shown as the status page's notice while open"));
    labels.add(new Label(names.majorOutage(), "b60205", "The components are down"));
    labels.add(new Label(names.partialOutage(), "d93f0b", "The components are partly down"));
    labels.add(new Label(names.degraded(), "fbca04", "The components are slow or flaky"));
    labels.add(new Label(names.identified(), "c5def5", "The cause is known; a fix is under way"));
    labels.add(new Label(names.monitoring(), "bfdadc", "Fixed; watching that it stays fixed"));
    for (Component component : config.components()) {
      labels.add(new Label(names.componentPrefix() + component.id(), "ededed", component.name()));
    }
    return labels;
  }

  /** Creates the labels of {@code wanted} that {@code repository} lacks; returns their names. */
  public static List<String> create(GitHubGraphQl github, String repository, List<Label> wanted) {
    int slash = repository.indexOf('/');
    ObjectNode variables = JsonNodeFactory.instance.objectNode();
    variables.put("owner", repository.substring(0, slash));
    variables.put("name", repository.substring(slash + 1));
    JsonNode found =
        github
            .run(document("labels.graphql"), variables, "labels of " + repository)
            .path("repository");
    List<String> existing = new ArrayList<>();
    for (JsonNode label : found.path("labels").path("nodes")) {
      existing.add(label.path("name").asText());
    }
    List<String> created = new ArrayList<>();
    for (Label label : wanted) {
      if (!LabelNames.contains(existing, label.name())) {
        existing.add(label.name());
        ObjectNode create = JsonNodeFactory.instance.objectNode();
        create.put("repository", found.path("id").asText());
        create.put("name", label.name()).put("color", label.color());
        create.put("description", label.description());
        github.run(document("create-label.graphql"), create, "create label `" + label.name() + "`");
        created.add(label.name());
      }
    }
    return created;
  }

  private static String document(String file) {
    return GitHubGraphQl.document(Labels.class, file);
  }
}
