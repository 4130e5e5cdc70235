package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.config.Names;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.Component;
import dev.outpost.model.ComponentStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads {@code --component id[=status]} arguments; {@code -} stands for every component. */
final class ComponentArguments {
  static final String ALL = "-";

  private ComponentArguments() {}

  static Map<String, ComponentStatus> parse(
      List<String> arguments, SiteConfig config, ComponentStatus fallback) {
    if (arguments == null || arguments.isEmpty()) {
      throw new OutpostException(
          ExitCode.USAGE,
          "name at least one component with --component ID[=STATUS] (components: "
              + ids(config)
              + ")");
    }
    Map<String, ComponentStatus> statuses = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      String id = equals < 0 ? argument.trim() : argument.substring(0, equals).trim();
      ComponentStatus status = equals < 0 ? fallback : status(argument.substring(equals + 1));
      if (id.equals(ALL)) {
        config.components().forEach(c -> statuses.put(c.id(), status));
      } else if (config.components().stream().anyMatch(c -> c.id().equals(id))) {
        statuses.put(id, status);
      } else {
        List<String> known = config.components().stream().map(Component::id).toList();
        throw new OutpostException(
            ExitCode.USAGE,
            "unknown component `"
                + id
                + "`"
                + Names.didYouMean(id, known)
                + " (components: "
                + ids(config)
                + ")");
      }
    }
    return statuses;
  }

  private static ComponentStatus status(String text) {
    List<String> known = Arrays.stream(ComponentStatus.values()).map(ComponentStatus::id).toList();
    return ComponentStatus.fromId(text.trim())
        .orElseThrow(
            () ->
                new OutpostException(
                    ExitCode.USAGE,
                    "unknown status `"
                        + text.trim()
                        + "`"
                        + Names.didYouMean(text.trim(), known)
                        + "; use one of "
                        + String.join(", ", known)));
  }

  private static String ids(SiteConfig config) {
    return config.components().stream().map(Component::id).collect(Collectors.joining(", "))
        + ", or - for all";
  }
}
