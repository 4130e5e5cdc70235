package dev.outpost.cli;

import picocli.CommandLine.Command;

/** The root command: lists the verbs. */
@Command(
    name = "outpost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a static status page from outpost.yml and incident files.",
    subcommands = {
      BuildCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      NewCommand.class,
      InitCommand.class,
      PinCommand.class
    })
final class OutpostCommand {}
