package dev.outpost.notify;

import dev.outpost.config.Notifications;
import dev.outpost.model.Site;
import dev.outpost.render.Markdown;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One e-mail digest per run, over SMTP with STARTTLS (required, never falling back to plain text)
 * or TLS from the first byte, through Jakarta Mail: multipart plain text and HTML, with {@code
 * Auto-Submitted: auto-generated}. Sending has one deadline for connecting, logging in and
 * delivering.
 */
final class EmailSender implements Sender {
  private final Notifications.Channel channel;
  private final String username;
  private final String password;
  private final Site site;
  private final Duration deadline;
  private final Map<String, String> extra;

  /**
   * @param extra more Jakarta Mail session properties, such as a trust store for a test server
   */
  EmailSender(
      Notifications.Channel channel,
      String username,
      String password,
      Site site,
      Duration deadline,
      Map<String, String> extra) {
    this.channel = channel;
    this.username = username;
    this.password = password;
    this.site = site;
    this.deadline = deadline;
    this.extra = extra;
  }

  @Override
  public void send(List<Notice> notices, Consumer<Notice> sent) throws SendFailure {
    if (notices.isEmpty()) {
      return;
    }
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "outpost-smtp");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Future<?> sending = executor.submit(() -> deliver(notices));
      try {
        sending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        sending.cancel(true);
        throw new SendFailure(
            "no complete answer from the mail server within "
                + deadline.toMillis() / 1000.0
                + " s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SendFailure("interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        String certificate = certificateProblem(cause, channel.smtp().host());
        throw new SendFailure(
            certificate != null
                ? certificate
                : "the mail server refused or failed: " + describe(cause),
            cause);
      }
    } finally {
      executor.shutdownNow();
    }
    notices.forEach(sent);
  }

  private Void deliver(List<Notice> notices)
      throws MessagingException, java.io.UnsupportedEncodingException {
    Notifications.Smtp smtp = channel.smtp();
    Properties properties = new Properties();
    String millis = String.valueOf(deadline.toMillis());
    properties.put("mail.smtp.host", smtp.host());
    properties.put("mail.smtp.port", String.valueOf(smtp.port()));
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    if (smtp.security() == Notifications.Security.TLS) {
      properties.put("mail.smtp.ssl.enable", "true");
    } else {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    properties.put("mail.smtp.auth", String.valueOf(username != null));
    properties.putAll(extra);
    Session session = Session.getInstance(properties);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(channel.from(), site.title(), "UTF-8"));
    for (String to : channel.to()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    }
    message.setSubject(EmailDigest.subject(site, notices), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(EmailDigest.text(site, notices), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(EmailDigest.html(site, notices, Markdown.create()), "UTF-8", "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    if (username != null) {
      Transport.send(message, username, password);
    } else {
      Transport.send(message);
    }
    return null;
  }

  /**
   * What was wrong with the server's certificate, in words, when the TLS handshake failed on it;
   * else null. Nothing is sent then: the handshake comes before logging in.
   */
  static String certificateProblem(Throwable cause, String host) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (message.contains("subject alternative name")
          || message.contains("No name matching")
          || message.contains("verify identity of server")) {
        return "the mail server's certificate is not issued for "
            + host
            + ", so nothing was sent (TLS: "
            + describe(t)
            + ")";
      }
      if (t instanceof java.security.cert.CertPathBuilderException
          || t instanceof java.security.cert.CertificateExpiredException
          || message.contains("PKIX path")) {
        return "the mail server's certificate for "
            + host
            + " is not trusted (expired, self-signed or from an unknown authority), so nothing"
            + " was sent (TLS: "
            + describe(t)
            + ")";
      }
    }
    return null;
  }

  private static String describe(Throwable cause) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = cause; t != null && text.length() < 300; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(t.getClass().getSimpleName())
          .append(
              t.getMessage() == null ? "" : " " + t.getMessage().strip().replaceAll("\\s+", " "));
    }
    return text.toString();
  }
}
