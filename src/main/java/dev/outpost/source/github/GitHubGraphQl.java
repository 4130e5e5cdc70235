package dev.outpost.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GitHub's GraphQL API for the parts of Outpost that write to GitHub (pinning, comments), with the
 * same timeouts, retries and error messages as the issue reader.
 */
public final class GitHubGraphQl {
  private final GraphQlClient client;

  public GitHubGraphQl(GitHubAccess access) {
    this.client = new GraphQlClient(access);
  }

  /** A GraphQL document kept as a resource beside {@code owner}, such as {@code pins.graphql}. */
  public static String document(Class<?> owner, String file) {
    try (java.io.InputStream in = owner.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing GraphQL document " + file);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Runs one query or mutation and returns its {@code data}.
   *
   * @param what the request in words, for messages, such as "pin issue #12"
   * @throws dev.outpost.OutpostException with {@link dev.outpost.ExitCode#REMOTE_ERROR} if it fails
   */
  public JsonNode run(String document, ObjectNode variables, String what) {
    return client.query(document, variables, what);
  }
}
