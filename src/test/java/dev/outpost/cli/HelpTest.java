package dev.outpost.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help texts: whole sentences, words kept whole, and each option described for its command. */
class HelpTest {
  private final CommandLine root = commandLine();

  @Test
  void everySummaryInTheListOfCommandsIsAWholeSentence() {
    String help = root.getUsageMessage();
    for (CommandLine command : commands(root)) {
      String summary = summary(command.getCommandSpec());
      assertTrue(summary.endsWith("."), command.getCommandName() + "'s summary: " + summary);
    }
    // The list shows each summary whole: its words in order, wrapped only at spaces.
    for (CommandLine verb : root.getSubcommands().values()) {
      String summary = summary(verb.getCommandSpec());
      assertTrue(words(help).containsAll(words(summary)), "outpost --help cuts `" + summary + "`");
      assertTrue(
          String.join(" ", words(help)).contains(String.join(" ", words(summary))),
          "outpost --help shows `" + summary + "` whole");
    }
  }

  @Test
  void everyHelpIsWrappedAtSpacesOnly() {
    // Wrapped at 80 columns, each help has exactly the words it has unwrapped: no word, such as
    // 2026-11-21T12:00:00Z or github.repository, is broken at a colon or a dot.
    CommandLine wide = commandLine();
    wide.setUsageHelpWidth(1000);
    List<CommandLine> narrow = commands(root);
    List<CommandLine> unwrapped = commands(wide);
    narrow.add(root);
    unwrapped.add(wide);
    for (int i = 0; i < narrow.size(); i++) {
      String help = narrow.get(i).getUsageMessage();
      List<String> whole = words(unwrapped.get(i).getUsageMessage());
      List<String> shown = words(help);
      int at = 0;
      while (at < whole.size() && at < shown.size() && whole.get(at).equals(shown.get(at))) {
        at++;
      }
      assertEquals(
          whole.size(),
          at,
          narrow.get(i).getCommandSpec().qualifiedName()
              + " --help breaks `"
              + (at < whole.size() ? whole.get(at) : "")
              + "` across lines:\n"
              + help);
      assertEquals(whole.size(), shown.size());
    }
  }

  @Test
  void everyDescriptionElementIsAWholeSentence() {
    for (CommandLine command : commands(root)) {
      CommandSpec spec = command.getCommandSpec();
      for (String line : spec.usageMessage().description()) {
        assertTrue(
            line.endsWith(".") || line.startsWith("Example: "),
            spec.qualifiedName() + ": a description line ends mid-sentence: " + line);
      }
      for (OptionSpec option : spec.options()) {
        for (String line : option.description()) {
          assertTrue(
              line.endsWith("."),
              spec.qualifiedName() + " " + option.longestName() + " ends mid-sentence: " + line);
        }
      }
    }
  }

  @Test
  void initDescribesItsOwnOptionsRatherThanBuilds() {
    CommandSpec init = root.getSubcommands().get("init").getCommandSpec();
    CommandSpec build = root.getSubcommands().get("build").getCommandSpec();

    assertNull(init.findOption("--offline"), "init reads nothing from GitHub to go without");
    for (String name : List.of("--repository", "--token")) {
      String own = String.join(" ", init.findOption(name).description());
      assertNotEquals(String.join(" ", build.findOption(name).description()), own, name);
      assertFalse(own.contains("issues to read"), name + ": " + own);
    }
    assertTrue(
        String.join(" ", init.findOption("--repository").description()).contains("git remote"));
  }

  @Test
  void pinDoesNotOfferToBuildOffline() {
    assertNull(root.getSubcommands().get("pin").getCommandSpec().findOption("--offline"));
    assertEquals(
        Set.of("--offline"),
        Set.of(
            root.getSubcommands().get("build").getCommandSpec().findOption("--offline").names()));
  }

  private static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    return header.length > 0 ? header[0] : spec.usageMessage().description()[0];
  }

  private static CommandLine commandLine() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<CommandLine> commands(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine sub : command.getSubcommands().values()) {
      all.add(sub);
      all.addAll(commands(sub));
    }
    return all;
  }
}
