package dev.outpost.config.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.outpost.config.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML into a {@link YamlNode} tree that remembers where every key and value was written.
 *
 * <p>Built on Jackson's streaming {@link YAMLParser}. Problems go to a {@link Problems} with the
 * given path: a syntax error (one per text, as YAML cannot go on after one), duplicate keys,
 * aliases and extra documents.
 */
public final class Yaml {
  /** Made on first use: most texts are plain YAML, read without the full parser. */
  private static final class Factory {
    static final YAMLFactory YAML = new YAMLFactory();
  }

  private final YAMLParser parser;
  private final int lineOffset;
  private final String path;
  private final Problems problems;

  private Yaml(YAMLParser parser, int lineOffset, String path, Problems problems) {
    this.parser = parser;
    this.lineOffset = lineOffset;
    this.path = path;
    this.problems = problems;
  }

  /**
   * Parses {@code text}, whose first line is line {@code lineOffset + 1} of the file at {@code
   * path} (front matter that starts on line 2 has offset 1).
   *
   * @return the document's root; an empty document is a null {@link YamlScalar} on its first line;
   *     empty when the text is not valid YAML
   */
  public static Optional<YamlNode> parse(
      String text, int lineOffset, String path, Problems problems) {
    Optional<YamlNode> plain = PlainYaml.read(text, lineOffset);
    if (plain.isPresent()) {
      return plain; // plain YAML, read without the full parser; the same tree
    }
    return parseFully(text, lineOffset, path, problems);
  }

  /** As {@link #parse}, always with the full parser. */
  static Optional<YamlNode> parseFully(
      String text, int lineOffset, String path, Problems problems) {
    try (YAMLParser parser = Factory.YAML.createParser(text)) {
      Yaml yaml = new Yaml(parser, lineOffset, path, problems);
      JsonToken first = parser.nextToken();
      if (first == null) {
        Location start = new Location(lineOffset + 1, 1);
        return Optional.of(new YamlScalar(start, "", YamlScalar.Kind.NULL));
      }
      YamlNode root = yaml.value(first);
      if (parser.nextToken() != null) {
        Location extra = yaml.location();
        yaml.report(extra, "only one YAML document is allowed here; remove the extra `---` line");
      }
      return Optional.of(root);
    } catch (IOException | RuntimeException e) {
      SyntaxError error = SyntaxError.of(e, lineOffset);
      problems.add(path, error.location().line(), error.location().column(), error.message());
      return Optional.empty();
    }
  }

  private YamlNode value(JsonToken token) throws IOException {
    Location location = location();
    return switch (token) {
      case START_OBJECT -> map(location);
      case START_ARRAY -> list(location);
      case VALUE_STRING -> string(location);
      case VALUE_NUMBER_INT -> scalar(location, YamlScalar.Kind.INTEGER);
      case VALUE_NUMBER_FLOAT -> scalar(location, YamlScalar.Kind.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE -> scalar(location, YamlScalar.Kind.BOOLEAN);
      case VALUE_NULL -> scalar(location, YamlScalar.Kind.NULL);
      default -> scalar(location, YamlScalar.Kind.STRING);
    };
  }

  private YamlNode string(Location location) throws IOException {
    if (parser.isCurrentAlias()) {
      report(
          location,
          "YAML aliases such as `*"
              + parser.getText()
              + "` are not supported; write the value out");
    }
    return scalar(location, YamlScalar.Kind.STRING);
  }

  private YamlScalar scalar(Location location, YamlScalar.Kind kind) throws IOException {
    String text = parser.getText();
    return new YamlScalar(location, text == null ? "" : text, kind);
  }

  private YamlMap map(Location location) throws IOException {
    List<YamlMap.Entry> entries = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
      String key = parser.currentName();
      Location keyLocation = location();
      YamlNode value = value(next());
      Location first = seen.putIfAbsent(key, keyLocation);
      if (first == null) {
        entries.add(new YamlMap.Entry(key, keyLocation, value));
      } else {
        report(
            keyLocation, "duplicate key `" + key + "`; it is already set on line " + first.line());
      }
    }
    return new YamlMap(location, entries);
  }

  private YamlList list(Location location) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
      items.add(value(token));
    }
    return new YamlList(location, items);
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new IOException("unexpected end of the document");
    }
    return token;
  }

  private Location location() {
    JsonLocation at = parser.currentTokenLocation();
    return new Location(at.getLineNr() + lineOffset, at.getColumnNr());
  }

  private void report(Location location, String message) {
    problems.add(path, location.line(), location.column(), message);
  }
}
