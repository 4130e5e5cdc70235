package dev.outpost.cli;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import dev.outpost.source.github.GitHubAccess;
import dev.outpost.source.github.GitHubAppTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * A GitHub App to read (and pin) with, in place of a token: its id ({@code --app-id}, else {@code
 * OUTPOST_APP_ID}) and private key ({@code --app-private-key-file}, else {@code
 * OUTPOST_APP_PRIVATE_KEY}, the key itself, as an Actions secret gives it). Shared by {@code
 * build}, {@code pin} and {@code doctor}.
 */
final class AppOptions {
  @Option(
      names = "--app-id",
      paramLabel = "ID",
      description =
          "Read with a GitHub App's installation tokens, one per owner: the App's id (default: the"
              + " OUTPOST_APP_ID variable). Its private key comes from the OUTPOST_APP_PRIVATE_KEY"
              + " variable or --app-private-key-file.")
  String appId;

  @Option(
      names = "--app-private-key-file",
      paramLabel = "FILE",
      description = "The GitHub App's private key, the .pem file GitHub generated.")
  Path keyFile;

  /**
   * {@code access} with the GitHub App's installation tokens when an App is given, else as it is;
   * in Actions each token is masked in the log as soon as it is issued.
   */
  GitHubAccess apply(Terminal terminal, GitHubAccess access) {
    Map<String, String> env = terminal.env();
    String id = appId != null ? appId : blankAsNull(env.get("OUTPOST_APP_ID"));
    String key = blankAsNull(env.get("OUTPOST_APP_PRIVATE_KEY"));
    if (id == null) {
      if (keyFile != null || key != null) {
        throw new OutpostException(
            ExitCode.USAGE,
            "a GitHub App's private key is given but not its id: give --app-id or OUTPOST_APP_ID"
                + " (the action's app-id input)");
      }
      return access;
    }
    if (keyFile != null) {
      try {
        key = Files.readString(keyFile);
      } catch (IOException e) {
        throw new OutpostException(
            ExitCode.IO_ERROR, "cannot read the GitHub App's private key " + keyFile, e);
      }
    }
    if (key == null) {
      throw new OutpostException(
          ExitCode.USAGE,
          "GitHub App "
              + id
              + " has no private key: set OUTPOST_APP_PRIVATE_KEY (the action's app-private-key"
              + " input, from a secret) or give --app-private-key-file");
    }
    Consumer<String> issued =
        token -> {
          if (terminal.inGitHubActions()) {
            WorkflowCommands.addMask(token).forEach(terminal.out()::command);
          }
        };
    return access.withApp(GitHubAppTokens.of(id, key, env, issued));
  }

  private static String blankAsNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
