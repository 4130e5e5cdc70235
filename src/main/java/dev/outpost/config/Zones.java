package dev.outpost.config;

import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Time zones by their IANA ids, such as {@code Europe/Berlin}. */
final class Zones {
  private Zones() {}

  static final ValueType<ZoneId> TYPE =
      Types.TEXT.then(
          (text, node, name, report) -> {
            try {
              return Optional.of(ZoneId.of(text.strip()));
            } catch (DateTimeException e) {
              String hint =
                  Names.closest(
                          text.strip(), ZoneId.getAvailableZoneIds().stream().sorted().toList())
                      .map(zone -> "did you mean `" + zone + "`?")
                      .orElse("use an IANA time zone such as Europe/Berlin, or UTC");
              report.at(node.location(), "unknown time zone `" + text + "`; " + hint);
              return Optional.empty();
            }
          });
}
