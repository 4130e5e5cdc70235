package dev.outpost.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code outpost} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.exit(run(args, in, out, err, System.getenv(), System.console() != null));
  }

  /** Runs one command line with nothing to read from; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, new BufferedReader(new StringReader("")), out, err, env);
  }

  /** Runs one command line, with its input piped in, and returns its exit code. */
  public static int run(
      String[] args, BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, in, out, err, env, false);
  }

  /**
   * Runs one command line and returns its exit code; {@code interactive} when a person answers
   * questions at the terminal, rather than input piped in.
   */
  static int run(
      String[] args,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      boolean interactive) {
    Terminal terminal = new Terminal(in, out, err, env, interactive);
    CommandLine cli = commandLine(terminal, out, err, env, args.length > 0 ? args[0] : null);
    int code = cli.execute(args);
    terminal.flush();
    out.flush();
    err.flush();
    return code;
  }

  /** The command line with every verb, without running it; tests parse arguments with it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return commandLine(
        new Terminal(new BufferedReader(new StringReader("")), out, err, env), out, err, env, null);
  }

  /**
   * The command line; with only the verb named {@code verb} when there is one by that name, with
   * all of them otherwise (for the help, and to say what is wrong with an unknown one). The
   * commands write through {@code terminal}; picocli writes its help, version and usage errors,
   * which carry only Outpost's own text and the command line's, to {@code out} and {@code err}.
   */
  private static CommandLine commandLine(
      Terminal terminal, PrintWriter out, PrintWriter err, Map<String, String> env, String verb) {
    CommandFactory factory = new CommandFactory(terminal);
    CommandLine cli = new CommandLine(new OutpostCommand(), factory);
    List<Class<?>> named =
        OutpostCommand.VERBS.stream()
            .filter(type -> type.getAnnotation(Command.class).name().equals(verb))
            .toList();
    for (Class<?> type : named.isEmpty() ? OutpostCommand.VERBS : named) {
      cli.addSubcommand(new CommandLine(type, factory));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler(terminal));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(new ActionInputs(env));
    return cli;
  }
}
