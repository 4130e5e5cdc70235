package dev.outpost.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** The root command: lists the verbs. */
@Command(
    name = "outpost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds a static status page from outpost.yml and incident files.")
final class OutpostCommand {
  /**
   * The verbs, in the order the help lists them. They are added to the command line by {@link
   * Main}, not named in the annotation, so that a run that names its verb builds only that one's
   * options: picocli reads every option of every verb it is given, which took longer than a small
   * build.
   */
  static final List<Class<?>> VERBS =
      List.of(
          BuildCommand.class,
          ValidateCommand.class,
          ServeCommand.class,
          NewCommand.class,
          ResolveCommand.class,
          ImportCommand.class,
          InitCommand.class,
          PinCommand.class,
          DoctorCommand.class,
          CheckCommand.class,
          AlertCommand.class,
          NotifyCommand.class,
          InstallLauncherCommand.class);
}
