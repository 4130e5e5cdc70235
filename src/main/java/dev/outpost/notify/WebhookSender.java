package dev.outpost.notify;

import dev.outpost.model.StatusPage;
import dev.outpost.model.StatusReport;
import dev.outpost.render.api.StatuspageApi;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic webhook: for each notice, Statuspage's incident webhook body ({@code meta}, {@code
 * page}, {@code incident}), so that receivers written for Statuspage work. With a secret, the body
 * is signed: {@value #SIGNATURE} is {@code sha256=} and the hex HMAC-SHA256 of the exact body.
 */
final class WebhookSender implements Sender {
  static final String SIGNATURE = "X-Outpost-Signature-256";
  static final String DOCUMENTATION =
      "https://github.com/outpost-status/outpost/blob/main/docs/notifications.md#webhook";

  private final Http http;
  private final String url;
  private final String secret;
  private final StatusPage page;
  private final StatusReport report;

  WebhookSender(Http http, String url, String secret, StatusPage page, StatusReport report) {
    this.http = http;
    this.url = url;
    this.secret = secret;
    this.page = page;
    this.report = report;
  }

  @Override
  public void send(List<Notice> notices, Consumer<Notice> sent) throws SendFailure {
    for (Notice notice : notices) {
      String body =
          StatuspageApi.webhook(page, report, notice.incident(), notice.window(), DOCUMENTATION);
      http.postJson(url, body, secret == null ? Map.of() : Map.of(SIGNATURE, sign(secret, body)));
      sent.accept(notice);
    }
  }

  /** {@code sha256=} and the hex HMAC-SHA256 of {@code body}'s UTF-8 bytes under {@code key}. */
  static String sign(String key, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
