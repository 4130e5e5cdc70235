package dev.outpost.cli;

import picocli.CommandLine;

/** Creates commands, handing each the terminal it writes to. */
final class CommandFactory implements CommandLine.IFactory {
  private final Terminal terminal;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K instance = fallback.create(type);
    if (instance instanceof TerminalCommand command) {
      command.terminal = terminal;
    }
    return instance;
  }
}
