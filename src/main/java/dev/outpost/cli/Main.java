package dev.outpost.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The {@code outpost} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.getenv()));
  }

  /** Runs one command line and returns its exit code; used by {@code main} and by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = commandLine(out, err, env);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line, without running it; tests parse arguments with it. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    Terminal terminal = new Terminal(out, err, env);
    CommandLine cli = new CommandLine(new OutpostCommand(), new CommandFactory(terminal));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler(terminal));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(new ActionInputs(env));
    return cli;
  }
}
