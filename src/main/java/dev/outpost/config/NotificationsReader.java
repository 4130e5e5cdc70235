package dev.outpost.config;

import dev.outpost.config.Notifications.Channel;
import dev.outpost.config.Notifications.Secret;
import dev.outpost.config.Notifications.Security;
import dev.outpost.config.Notifications.Smtp;
import dev.outpost.config.Notifications.Type;
import dev.outpost.config.yaml.Fields;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.config.yaml.YamlList;
import dev.outpost.config.yaml.YamlMap;
import dev.outpost.config.yaml.YamlNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code notifications:}: either the list of channels, or a map of {@code channels}, {@code
 * reminder}, {@code horizon} and {@code signup}. Secrets are never written in the file, only named
 * as {@code env:NAME}; whether the variable is set is checked when notifications are sent.
 */
final class NotificationsReader {
  private static final Pattern VARIABLE = Pattern.compile("env:([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+");

  private final Report report;
  private final Set<String> componentIds;

  NotificationsReader(Report report, Set<String> componentIds) {
    this.report = report;
    this.componentIds = componentIds;
  }

  Notifications read(YamlNode node) {
    if (node instanceof YamlList list) {
      return new Notifications(
          channels(list), Notifications.DEFAULT_REMINDER, Notifications.DEFAULT_HORIZON);
    }
    if (!(node instanceof YamlMap)) {
      Types.mismatch(node, "a list of channels or a map", "`notifications`", report);
      return Notifications.NONE;
    }
    Optional<Fields> read = Fields.of(node, "`notifications`", report);
    if (read.isEmpty()) {
      return Notifications.NONE;
    }
    Fields fields = read.get();
    List<Channel> channels =
        fields.optional("channels", Types.LIST).map(this::channels).orElse(List.of());
    Duration reminder =
        fields.optional("reminder", Durations.OR_NONE).orElse(Notifications.DEFAULT_REMINDER);
    Duration horizon =
        fields.optional("horizon", Durations.OR_NONE).orElse(Notifications.DEFAULT_HORIZON);
    URI signup = fields.optional("signup", Urls.LINK).orElse(null);
    fields.finish();
    return new Notifications(channels, reminder, horizon, signup);
  }

  private List<Channel> channels(YamlList list) {
    List<Channel> channels = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Fields.of(item, "each channel", report).flatMap(this::channel).ifPresent(channels::add);
    }
    return channels;
  }

  private Optional<Channel> channel(Fields channel) {
    Optional<Type> type =
        channel.required(
            "type", Types.oneOf("channel type", Arrays.asList(Type.values()), Type::id));
    Optional<Secret> url = channel.optional("url", secret());
    Optional<Secret> secret = channel.optional("secret", secret());
    List<String> to = channel.optional("to", Types.LIST).map(this::addresses).orElse(List.of());
    Optional<String> from = channel.optional("from", ADDRESS_TYPE);
    Optional<Smtp> smtp = channel.optional("smtp", Fields::of).flatMap(this::smtp);
    List<String> components =
        channel.optional("components", Types.LIST).map(this::components).orElse(List.of());
    channel.finish();
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int problems = report.problems().sorted().size();
    if (type.get() == Type.EMAIL) {
      notFor(channel, "url", type.get());
      notFor(channel, "secret", type.get());
      needs(channel, type.get(), "to", !to.isEmpty(), "at least one address");
      needs(channel, type.get(), "from", from.isPresent(), "the sender's address");
      needs(channel, type.get(), "smtp", smtp.isPresent(), "the mail server");
    } else {
      needs(channel, type.get(), "url", url.isPresent(), "the webhook's address as env:NAME");
      if (type.get() != Type.WEBHOOK) {
        notFor(channel, "secret", type.get());
      }
      notFor(channel, "to", type.get());
      notFor(channel, "from", type.get());
      notFor(channel, "smtp", type.get());
    }
    if (report.problems().sorted().size() != problems) {
      return Optional.empty();
    }
    return Optional.of(
        new Channel(
            type.get(),
            url.orElse(null),
            secret.orElse(null),
            to,
            from.orElse(null),
            smtp.orElse(null),
            components,
            report.path(),
            channel.location().line(),
            channel.location().column()));
  }

  private void notFor(Fields channel, String key, Type type) {
    if (channel.has(key)) {
      report.at(channel.keyLocation(key), "`" + key + "` is not for " + type.id() + " channels");
    }
  }

  private void needs(Fields channel, Type type, String key, boolean present, String what) {
    if (!present && !channel.has(key)) {
      report.at(
          channel.location(),
          "missing `"
              + key
              + "` for "
              + (type == Type.EMAIL ? "an " : "a ")
              + type.id()
              + " channel: "
              + what);
    }
  }

  private Optional<Smtp> smtp(Fields smtp) {
    Optional<String> host = smtp.required("host", Types.NON_EMPTY_TEXT);
    Security security =
        smtp.optional(
                "security",
                Types.oneOf("SMTP security", Arrays.asList(Security.values()), Security::id))
            .orElse(Security.STARTTLS);
    int port =
        smtp.optional("port", Types.INTEGER.then(Ranges.between(1, 65535)))
            .map(Long::intValue)
            .orElse(security == Security.TLS ? 465 : 587);
    Optional<Secret> username = smtp.optional("username", secret());
    Optional<Secret> password = smtp.optional("password", secret());
    smtp.finish();
    if (username.isPresent() != password.isPresent()) {
      report.at(
          smtp.location(),
          "give both `username` and `password` to log in, or neither to send without");
      return Optional.empty();
    }
    return host.map(h -> new Smtp(h, port, security, username.orElse(null), password.orElse(null)));
  }

  private List<String> addresses(YamlList list) {
    List<String> addresses = new ArrayList<>();
    for (YamlNode item : list.items()) {
      ADDRESS_TYPE.read(item, "each address", report).ifPresent(addresses::add);
    }
    return addresses;
  }

  private List<String> components(YamlList list) {
    List<String> ids = new ArrayList<>();
    for (YamlNode item : list.items()) {
      Types.ID
          .read(item, "each component", report)
          .ifPresent(
              id -> {
                if (componentIds.contains(id)) {
                  ids.add(id);
                } else {
                  report.at(
                      item.location(),
                      "unknown component `"
                          + id
                          + "`"
                          + Names.closest(id, componentIds)
                              .map(c -> "; did you mean `" + c + "`?")
                              .orElse(""));
                }
              });
    }
    return ids;
  }

  /** An e-mail address, such as {@code status@acme.example}. */
  private static final ValueType<String> ADDRESS_TYPE =
      Types.NON_EMPTY_TEXT.then(
          (text, node, name, report) -> {
            if (!ADDRESS.matcher(text).matches()) {
              report.at(
                  node.location(),
                  "invalid e-mail address `"
                      + text
                      + "` for "
                      + name
                      + ": write it as name@domain");
              return Optional.empty();
            }
            return Optional.of(text);
          });

  /**
   * {@code env:NAME}. Anything else is refused without repeating it, since it may be the secret
   * itself.
   */
  private ValueType<Secret> secret() {
    return Types.TEXT.then(
        (text, node, name, r) -> {
          var m = VARIABLE.matcher(text.strip());
          if (!m.matches()) {
            r.at(
                node.location(),
                name
                    + " must name an environment variable, as env:NAME (such as"
                    + " env:SLACK_WEBHOOK_URL); outpost.yml never holds a secret itself");
            return Optional.empty();
          }
          return Optional.of(
              new Secret(
                  m.group(1), report.path(), node.location().line(), node.location().column()));
        });
  }
}
