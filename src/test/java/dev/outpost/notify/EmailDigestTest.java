package dev.outpost.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.outpost.Pipeline;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Notifications;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.model.StatusPage;
import dev.outpost.state.StateFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-mail digest through a real SMTP server (GreenMail), over TLS and with STARTTLS required.
 */
class EmailDigestTest {
  static final ServerSetup[] SERVERS = {
    ServerSetupTest.SMTPS.dynamicPort(), ServerSetupTest.SMTP.dynamicPort()
  };

  static {
    // GreenMail waits 2 s for its servers by default; on a busy machine starting TLS takes longer.
    for (ServerSetup server : SERVERS) {
      server.setServerStartupTimeout(30_000);
    }
  }

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(SERVERS).withPerMethodLifecycle(true);

  /** GreenMail's certificate is its own: trusted here, and only here. */
  static final Map<String, String> TRUST_TEST_SERVER =
      Map.of("mail.smtp.ssl.trust", "127.0.0.1", "mail.smtp.ssl.checkserveridentity", "false");

  @TempDir Path dir;

  Notifier.Outcome notify(String security, int port, String now) throws Exception {
    return notify(security, port, now, TRUST_TEST_SERVER);
  }

  Notifier.Outcome notify(String security, int port, String now, Map<String, String> mail)
      throws Exception {
    Files.writeString(
        dir.resolve("outpost.yml"),
        """
        site: { title: Acme Status, url: "https://status.acme.example/" }
        components:
          - { id: api, name: API }
          - { id: web, name: Website }
        notifications:
          - type: email
            to: [status-announce@lists.acme.example]
            from: status@acme.example
            smtp: { host: 127.0.0.1, port: %d, security: %s, username: env:SMTP_USER, password: env:SMTP_PASSWORD }
        """
            .formatted(port, security));
    Files.createDirectories(dir.resolve("incidents"));
    Files.writeString(
        dir.resolve("incidents/api-errors.md"),
        """
        ---
        title: API <errors> & more
        components: { api: partial_outage }
        started: 2026-12-01T09:50:00Z
        updates:
          - at: 2026-12-01T09:55:00Z
            state: identified
            body: "A **faulty** deploy. <script>alert(1)</script>"
        ---
        """);
    Files.writeString(
        dir.resolve("incidents/upgrade.md"),
        """
        ---
        title: Database upgrade
        components: [web]
        maintenance: { start: 2026-12-01T10:30:00Z, end: 2026-12-01T11:00:00Z }
        ---
        """);
    Problems problems = new Problems();
    SiteConfig config = ConfigReader.read(dir.resolve("outpost.yml"), problems).orElseThrow();
    assertTrue(problems.isEmpty(), problems.sorted().toString());
    Secrets secrets =
        Secrets.read(
            config.notifications(),
            Map.of("SMTP_USER", "outpost", "SMTP_PASSWORD", "hunter2-smtp"),
            problems);
    Instant at = Instant.parse(now);
    StatusPage page =
        Pipeline.read(
            new Pipeline.Request(dir.resolve("outpost.yml"), dir.resolve("incidents"), null, at));
    return Notifier.of(
            config.notifications(), secrets, StateFolder.at(dir.resolve("state"), w -> {}))
        .withMailProperties(mail)
        .withDeadline(java.time.Duration.ofSeconds(5))
        .run(page, at, false);
  }

  @Test
  void oneDigestPerRunInTextAndHtmlOverTls() throws Exception {
    MAIL.setUser("outpost", "hunter2-smtp");
    Notifier.Outcome outcome = notify("tls", MAIL.getSmtps().getPort(), "2026-12-01T10:00:00Z");
    assertEquals(0, outcome.failed(), outcome.toString());
    assertEquals(2, outcome.sent(), "the incident and the reminder, in one digest");
    MimeMessage[] received = MAIL.getReceivedMessages();
    assertEquals(1, received.length);
    MimeMessage mail = received[0];
    assertEquals(
        "[Acme Status] Maintenance starts soon: Database upgrade (and 1 more)", mail.getSubject());
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
    assertEquals("status-announce@lists.acme.example", mail.getAllRecipients()[0].toString());
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertTrue(parts.getContentType().startsWith("multipart/alternative"));
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertTrue(text.contains("Maintenance starts soon: Database upgrade"), text);
    assertTrue(text.contains("API: Partial Outage"), text);
    assertTrue(text.contains("https://status.acme.example/incidents/api-errors/"), text);
    assertTrue(html.contains("<strong>faulty</strong>"), html);
    assertTrue(html.contains("API &lt;errors&gt; &amp; more"), html);
    assertFalse(html.contains("<script>"), html);
    // The next run has nothing new.
    assertEquals(0, notify("tls", MAIL.getSmtps().getPort(), "2026-12-01T10:05:00Z").sent());
    assertEquals(1, MAIL.getReceivedMessages().length);
    assertFalse(GreenMailUtil.getWholeMessage(mail).contains("hunter2-smtp"));
  }

  @Test
  void starttlsIsRequiredSoAServerWithoutItGetsNothingInPlainText() throws Exception {
    MAIL.setUser("outpost", "hunter2-smtp");
    Notifier.Outcome outcome = notify("starttls", MAIL.getSmtp().getPort(), "2026-12-01T10:00:00Z");
    assertEquals(2, outcome.failed(), outcome.toString());
    assertTrue(outcome.deliveries().get(0).error().contains("STARTTLS"), outcome.toString());
    assertFalse(outcome.deliveries().get(0).error().contains("hunter2-smtp"));
    assertEquals(0, MAIL.getReceivedMessages().length);
    // Not recorded: the next run tries again.
    assertEquals(2, notify("starttls", MAIL.getSmtp().getPort(), "2026-12-01T10:01:00Z").failed());
  }

  @Test
  void starttlsUpgradesBeforeAnythingButEhloAndStarttlsIsSaid() throws Exception {
    MAIL.setUser("outpost", "hunter2-smtp");
    try (StarttlsFront front = new StarttlsFront(MAIL.getSmtp().getPort())) {
      Notifier.Outcome outcome = notify("starttls", front.port(), "2026-12-01T10:00:00Z");
      assertEquals(0, outcome.failed(), outcome.toString());
      assertEquals(2, outcome.sent());
      assertTrue(front.upgraded());
      List<String> plain = front.plainText();
      assertEquals(2, plain.size(), plain::toString);
      assertTrue(plain.get(0).startsWith("EHLO "), plain::toString);
      assertEquals("STARTTLS", plain.get(1));
      assertEquals(1, MAIL.getReceivedMessages().length);
    }
  }

  @Test
  void starttlsStopsAtAnUntrustedCertificate() throws Exception {
    MAIL.setUser("outpost", "hunter2-smtp");
    try (StarttlsFront front = new StarttlsFront(MAIL.getSmtp().getPort())) {
      Notifier.Outcome outcome = notify("starttls", front.port(), "2026-12-01T10:00:00Z", Map.of());
      assertEquals(2, outcome.failed(), outcome.toString());
      String error = outcome.deliveries().get(0).error();
      assertTrue(
          error.startsWith("the mail server's certificate for 127.0.0.1 is not trusted"), error);
      assertFalse(error.contains("hunter2-smtp"), error);
      assertFalse(front.upgraded());
      assertEquals(List.of("EHLO", "STARTTLS"), verbs(front.plainText()));
      assertEquals(0, MAIL.getReceivedMessages().length);
    }
  }

  @Test
  void starttlsStopsAtACertificateForAnotherName() throws Exception {
    MAIL.setUser("outpost", "hunter2-smtp");
    try (StarttlsFront front = new StarttlsFront(MAIL.getSmtp().getPort())) {
      Notifier.Outcome outcome =
          notify(
              "starttls",
              front.port(),
              "2026-12-01T10:00:00Z",
              Map.of("mail.smtp.ssl.trust", "127.0.0.1"));
      assertEquals(2, outcome.failed(), outcome.toString());
      String error = outcome.deliveries().get(0).error();
      assertTrue(
          error.startsWith("the mail server's certificate is not issued for 127.0.0.1"), error);
      assertEquals(List.of("EHLO", "STARTTLS"), verbs(front.plainText()));
      assertEquals(0, MAIL.getReceivedMessages().length);
    }
  }

  private static List<String> verbs(List<String> commands) {
    return commands.stream().map(c -> c.split(" ", 2)[0]).toList();
  }

  static Notifications none() {
    return Notifications.NONE;
  }
}
