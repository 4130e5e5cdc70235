package dev.outpost.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.outpost.config.IncidentTemplate;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.Impact;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The issue forms ({@code .github/ISSUE_TEMPLATE/*.yml}) through which people report an outage or
 * announce maintenance. Their section labels are the ones the GitHub source reads back, and the
 * component dropdown lists the site's components.
 */
public final class IssueForms {
  /** The section labels, as GitHub writes them into the issue body ({@code ### Label}). */
  public static final String COMPONENTS = "Affected components";

  public static final String IMPACT = "Impact";
  public static final String START = "Start";
  public static final String END = "End";
  public static final String WORKAROUND = "Workaround";

  /**
   * The first line of every form written from {@code templates:}; only files that start with it are
   * ever replaced or removed by {@code outpost init --update-forms}.
   */
  public static final String TEMPLATE_MARKER =
      "# Written by outpost init --update-forms from templates: in outpost.yml. Edit the template"
          + " there, not this file.";

  /** The options of a template form's impact dropdown, in the order of {@link Impact}. */
  public static final List<String> IMPACT_OPTIONS =
      List.of("No impact", "Minor", "Major", "Critical");

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .build());

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final SiteConfig config;
  private final String outageLabel;
  private final String maintenanceLabel;

  public IssueForms(SiteConfig config, String outageLabel, String maintenanceLabel) {
    this.config = config;
    this.outageLabel = outageLabel;
    this.maintenanceLabel = maintenanceLabel;
  }

  /** {@code outage.yml}: what readers of a status page need to know. */
  public String outage() {
    ObjectNode form =
        form("Report an outage", "Something is broken for the people who rely on us.");
    form.put("title", "Outage: ");
    form.putArray("labels").add(outageLabel);
    ArrayNode body = form.putArray("body");
    body.add(markdown(outageHelp()));
    body.add(components("What is broken.", true));
    body.add(
        dropdown(
            "impact",
            IMPACT,
            "How bad it is for the people affected.",
            true,
            "Degraded performance",
            "Partial outage",
            "Major outage"));
    body.add(textarea("summary", "What is happening", "What readers see, in their words.", true));
    body.add(
        textarea(
            "affected", "Who is affected", "Which customers, regions or plans; or all.", false));
    body.add(
        input(
            "start",
            START,
            "When it began: 2026-11-02 14:05 in " + zone() + ", or 2026-11-02T13:05Z.",
            false));
    body.add(textarea("workaround", WORKAROUND, "What people can do in the meantime.", false));
    body.add(
        input(
            "expected-fix", "Expected fix", "When a fix, or the next update, is expected.", false));
    body.add(
        textarea(
            "upstream",
            "Upstream status",
            "Links to a provider's own status page or incident, if one is the cause.",
            false));
    return write(form);
  }

  /**
   * The form of one incident template ({@code template-<id>.yml}): its title, its components with
   * their statuses and its first update prefilled, so that reporting it takes two clicks. It starts
   * with {@link #TEMPLATE_MARKER}, by which {@code outpost init --update-forms} knows it wrote it.
   */
  public String template(IncidentTemplate template) {
    ObjectNode form =
        form(template.title(), "Report an incident from the `" + template.id() + "` template.");
    form.put("title", template.title());
    form.putArray("labels").add(outageLabel);
    ArrayNode body = form.putArray("body");
    body.add(markdown(outageHelp()));
    ObjectNode components =
        textarea(
            "components",
            COMPONENTS,
            "One component a line as id=status, with a status of degraded_performance,"
                + " partial_outage, major_outage or under_maintenance; or a component's id or name"
                + " alone for the impact below.",
            true);
    StringBuilder value = new StringBuilder();
    template
        .components()
        .forEach((id, status) -> value.append(id).append('=').append(status.id()).append('\n'));
    ((ObjectNode) components.get("attributes")).put("value", value.toString());
    body.add(components);
    template
        .declaredImpact()
        .ifPresent(
            impact -> {
              ObjectNode dropdown =
                  dropdown(
                      "impact",
                      IMPACT,
                      "How bad it is overall, as the page's banner and API say it.",
                      true,
                      IMPACT_OPTIONS.toArray(String[]::new));
              ((ObjectNode) dropdown.get("attributes")).put("default", impact.ordinal());
              body.add(dropdown);
            });
    ObjectNode summary =
        textarea("summary", "What is happening", "What readers see, in their words.", true);
    if (!template.message().isEmpty()) {
      ((ObjectNode) summary.get("attributes")).put("value", template.message());
    }
    body.add(summary);
    body.add(
        input(
            "start",
            START,
            "When it began, if not when the issue is opened: 2026-11-02 14:05 in "
                + zone()
                + ", or 2026-11-02T13:05Z.",
            false));
    return TEMPLATE_MARKER + "\n" + write(form);
  }

  /** The help at the top of every outage form: what happens, and the commands of comments. */
  private String outageHelp() {
    return "An issue with the `"
        + outageLabel
        + "` label appears on the status page ("
        + config.site().url()
        + ") once a maintainer has confirmed it. Readers see it at their worst moment:"
        + " keep it short, factual and kind. Maintainers post updates as comments, which"
        + " may start with commands: `/state identified` (or `investigating`,"
        + " `monitoring`); `/component api=operational`, where `-=operational` means every"
        + " affected component; and `/resolve` followed by the all-clear, which resolves the"
        + " incident and closes the issue (closing it by hand resolves it too). Only"
        + " maintainers' commands count: anyone else's do nothing.";
  }

  /** {@code maintenance.yml}: a planned window. */
  public String maintenance() {
    ObjectNode form =
        form("Announce maintenance", "Planned work that affects the people who rely on us.");
    form.put("title", "Maintenance: ");
    form.putArray("labels").add(maintenanceLabel);
    ArrayNode body = form.putArray("body");
    body.add(
        markdown(
            "An issue with the `"
                + maintenanceLabel
                + "` label appears on the status page as scheduled maintenance once a maintainer"
                + " has confirmed it. Times without an offset are read in "
                + zone()
                + "."));
    body.add(components("What the work touches.", true));
    body.add(input("start", START, "When the window opens: 2026-12-06 02:00.", true));
    body.add(input("end", END, "When it closes: 2026-12-06 04:00.", true));
    body.add(
        textarea(
            "summary",
            "What will happen",
            "What readers will notice, and what they should do.",
            true));
    return write(form);
  }

  private String zone() {
    return config.site().zone().getId();
  }

  private ObjectNode form(String name, String description) {
    ObjectNode form = nodes.objectNode();
    form.put("name", name);
    form.put("description", description);
    return form;
  }

  private ObjectNode components(String description, boolean required) {
    ObjectNode field = field("dropdown", "components", COMPONENTS, description, required);
    ObjectNode attributes = (ObjectNode) field.get("attributes");
    attributes.put("multiple", true);
    ArrayNode options = attributes.putArray("options");
    for (Component component : config.components()) {
      options.add(component.name());
    }
    return field;
  }

  private ObjectNode dropdown(
      String id, String label, String description, boolean required, String... options) {
    ObjectNode field = field("dropdown", id, label, description, required);
    ArrayNode list = ((ObjectNode) field.get("attributes")).putArray("options");
    for (String option : options) {
      list.add(option);
    }
    return field;
  }

  private ObjectNode textarea(String id, String label, String description, boolean required) {
    return field("textarea", id, label, description, required);
  }

  private ObjectNode input(String id, String label, String description, boolean required) {
    return field("input", id, label, description, required);
  }

  private ObjectNode field(
      String type, String id, String label, String description, boolean required) {
    ObjectNode field = nodes.objectNode();
    field.put("type", type);
    field.put("id", id);
    ObjectNode attributes = field.putObject("attributes");
    attributes.put("label", label);
    attributes.put("description", description);
    field.putObject("validations").put("required", required);
    return field;
  }

  private ObjectNode markdown(String text) {
    ObjectNode field = nodes.objectNode();
    field.put("type", "markdown");
    field.putObject("attributes").put("value", text);
    return field;
  }

  private static String write(ObjectNode form) {
    try {
      return YAML.writeValueAsString(form);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
