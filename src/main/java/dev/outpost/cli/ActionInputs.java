package dev.outpost.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Option defaults from GitHub Action inputs: {@code --config} takes {@code INPUT_CONFIG}, {@code
 * --open-incidents} would take {@code INPUT_OPEN_INCIDENTS}. An empty variable counts as unset, as
 * Actions sets inputs nobody gave to the empty string. An option on the command line wins.
 */
final class ActionInputs implements CommandLine.IDefaultValueProvider {
  private final Map<String, String> env;

  ActionInputs(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public String defaultValue(CommandLine.Model.ArgSpec spec) {
    if (!(spec instanceof CommandLine.Model.OptionSpec option)) {
      return null;
    }
    String name = option.longestName().replaceFirst("^-+", "");
    String value = env.get("INPUT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
    return value == null || value.isBlank() ? null : value.strip();
  }
}
