package dev.outpost.cli;

import picocli.CommandLine.Command;

/** {@code outpost import}: history from another status page, as incident files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports another status page's history as incident files.",
    subcommands = {
      ImportCstateCommand.class,
      ImportStatuspageCommand.class,
      ImportUpptimeCommand.class
    })
final class ImportCommand {}
