package dev.outpost.cli;

import java.util.concurrent.Callable;

/** A command that runs and writes to the terminal it was created with. */
abstract class TerminalCommand implements Callable<Integer> {
  /** Set by {@link CommandFactory} when the command is created. */
  Terminal terminal;
}
