package dev.outpost.source.files;

import dev.outpost.config.SiteConfig;
import dev.outpost.config.yaml.Report;
import dev.outpost.config.yaml.Types;
import dev.outpost.config.yaml.ValueType;
import dev.outpost.model.Component;
import dev.outpost.model.Origin;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What reading one incident or maintenance file needs to know.
 *
 * @param id the file name without {@code .md}
 * @param report where the file's problems go, with the file's path
 * @param now the build time; nothing may have happened after it
 */
record FileContext(String id, Report report, SiteConfig config, Instant now) {
  ZoneId zone() {
    return config.site().zone();
  }

  ValueType<Instant> time() {
    return Types.time(zone());
  }

  List<String> componentIds() {
    return config.components().stream().map(Component::id).toList();
  }

  Origin origin() {
    return Origin.file(report.path());
  }
}
