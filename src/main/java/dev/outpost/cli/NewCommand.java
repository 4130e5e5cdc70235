package dev.outpost.cli;

import picocli.CommandLine.Command;

/** {@code outpost new}: the operator's quick path to a correctly named, valid file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Writes a new incident or maintenance file.",
    subcommands = {NewIncidentCommand.class, NewMaintenanceCommand.class})
final class NewCommand {}
