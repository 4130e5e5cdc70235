package dev.outpost.source.github;

import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kohsuke.github.GHApp;
import org.kohsuke.github.GHAppInstallation;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

/**
 * A GitHub App's installation tokens, one per owner: the App's id and private key sign a JWT
 * (through {@code github-api}'s {@link JWTTokenProvider}, valid for minutes), which finds the App's
 * installation on a repository ({@code GET /repos/{owner}/{repo}/installation}) and exchanges it
 * for an installation token ({@code POST /app/installations/{id}/access_tokens}), valid for an
 * hour. A token is asked once per owner and build. Neither the key nor a token is ever shown.
 */
public final class GitHubAppTokens {
  private final String appId;
  private final PrivateKey key;
  private final URI api;
  private final Duration timeout;
  private final Consumer<String> issued;
  private final Map<String, Installation> byOwner = new ConcurrentHashMap<>();
  private GHApp app;

  private GitHubAppTokens(
      String appId, PrivateKey key, URI api, Duration timeout, Consumer<String> issued) {
    this.appId = appId;
    this.key = key;
    this.api = api;
    this.timeout = timeout;
    this.issued = issued;
  }

  /**
   * The App {@code appId} with its private key {@code pem} (PKCS#1, as GitHub gives it, or PKCS#8),
   * on the REST endpoint of {@code env} ({@code GITHUB_API_URL}, else GitHub.com).
   *
   * @param issued hears each token as it is issued, so that Actions can mask it
   * @throws OutpostException with {@link ExitCode#USAGE} when the id or the key cannot be used
   */
  public static GitHubAppTokens of(
      String appId, String pem, Map<String, String> env, Consumer<String> issued) {
    String id = appId == null ? "" : appId.strip();
    if (!id.matches("[0-9]{1,12}|Iv[0-9a-zA-Z.]{1,40}")) {
      throw new OutpostException(
          ExitCode.USAGE,
          "invalid GitHub App id: give the App's numeric id (or its client id, Iv…), as its"
              + " settings page shows it");
    }
    return new GitHubAppTokens(
        id, privateKey(pem), GitHubApi.endpoint(env), GitHubAccess.DEFAULT_TIMEOUT, issued);
  }

  /** The App's id, which is no secret. */
  public String appId() {
    return appId;
  }

  /** The REST endpoint the tokens are asked from. */
  URI api() {
    return api;
  }

  /**
   * An installation token for the owner of {@code repository} ({@code owner/name}), asked for once
   * per owner.
   *
   * @throws OutpostException with {@link ExitCode#REMOTE_ERROR} naming the repository when the App
   *     is not installed there or GitHub refuses
   */
  public String token(String repository) {
    return installation(repository).token();
  }

  /**
   * What GitHub granted the installation token for the owner of {@code repository}, such as {@code
   * issues=write}, {@code metadata=read}.
   */
  public Map<String, String> permissions(String repository) {
    return installation(repository).permissions();
  }

  /** An installation token and the permissions GitHub gave it. */
  private record Installation(String token, Map<String, String> permissions) {}

  private Installation installation(String repository) {
    String owner = repository.substring(0, repository.indexOf('/')).toLowerCase(Locale.ROOT);
    return byOwner.computeIfAbsent(owner, o -> exchange(repository));
  }

  private synchronized Installation exchange(String repository) {
    int slash = repository.indexOf('/');
    String owner = repository.substring(0, slash);
    String name = repository.substring(slash + 1);
    String step = "sign in as GitHub App " + appId;
    try {
      if (app == null) {
        GitHub github = GitHubApi.connect(api, new JWTTokenProvider(appId, key), timeout);
        app = github.getApp();
      }
      step = "find GitHub App " + appId + "'s installation on " + repository;
      GHAppInstallation installation = app.getInstallationByRepository(owner, name);
      step = "get an installation token of GitHub App " + appId + " for " + owner;
      GHAppInstallationToken token = installation.createToken().create();
      String value = token.getToken();
      if (value == null || !value.matches("[A-Za-z0-9_.-]{20,}")) {
        throw new OutpostException(
            ExitCode.REMOTE_ERROR,
            "cannot " + step + ": GitHub's answer holds no token; the site was not changed");
      }
      issued.accept(value);
      Map<String, String> granted = token.getPermissions();
      return new Installation(value, granted == null ? Map.of() : Map.copyOf(granted));
    } catch (IOException e) {
      throw new OutpostException(ExitCode.REMOTE_ERROR, failure(step, e, owner, repository), e);
    }
  }

  private String failure(String step, IOException e, String owner, String repository) {
    int status = GitHubApi.status(e);
    String fix =
        switch (status) {
          case 401 ->
              "; GitHub rejected the App's JWT: check the app id and private key (and the"
                  + " runner's clock)";
          case 404 ->
              "; install the App on "
                  + owner
                  + " with access to "
                  + repository
                  + " (permissions: Issues read and write, Metadata read)";
          case 403 -> "; the App may not do this: check its permissions and the installation";
          default -> "";
        };
    return "cannot " + step + ": " + GitHubApi.reason(e) + fix + "; the site was not changed";
  }

  /** The RSA private key in {@code pem}, PKCS#1 or PKCS#8; its text is never shown. */
  static PrivateKey privateKey(String pem) {
    String text = pem == null ? "" : pem.replace("\\n", "\n").strip();
    boolean pkcs1 = text.contains("BEGIN RSA PRIVATE KEY");
    if (!pkcs1 && !text.contains("BEGIN PRIVATE KEY")) {
      throw badKey("it is not a PEM private key (-----BEGIN RSA PRIVATE KEY-----)");
    }
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw badKey("its text is not Base64");
    }
    try {
      byte[] pkcs8 = pkcs1 ? pkcs8(der) : der;
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw badKey("it is not an RSA private key");
    }
  }

  private static OutpostException badKey(String why) {
    return new OutpostException(
        ExitCode.USAGE,
        "cannot read the GitHub App's private key: "
            + why
            + "; give the .pem file GitHub generated, whole");
  }

  /** An RSA key in PKCS#1 wrapped as PKCS#8: version 0, the rsaEncryption algorithm, the key. */
  private static byte[] pkcs8(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(algorithm);
    body.write(0x04);
    body.writeBytes(length(pkcs1.length));
    body.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.writeBytes(length(body.size()));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  /** A DER length. */
  private static byte[] length(int n) {
    if (n < 0x80) {
      return new byte[] {(byte) n};
    }
    if (n < 0x100) {
      return new byte[] {(byte) 0x81, (byte) n};
    }
    if (n < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    }
    return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }

  @Override
  public String toString() {
    return "GitHubAppTokens[app=" + appId + ", key=***]";
  }
}
