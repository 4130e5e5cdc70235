package dev.outpost.config.yaml;

/**
 * A single value, as written. YAML resolves plain scalars to types; {@code kind} keeps what the
 * parser made of it, and {@code text} keeps the original text (so {@code no} stays {@code no} and
 * {@code 2026-11-02T14:05:00Z} stays a string to parse later).
 */
public record YamlScalar(Location location, String text, Kind kind) implements YamlNode {
  /** What the YAML parser resolved the scalar to. */
  public enum Kind {
    STRING("text"),
    INTEGER("a number"),
    DECIMAL("a decimal number"),
    BOOLEAN("true or false"),
    /** An empty value, {@code ~} or {@code null}: as good as absent. */
    NULL("nothing");

    private final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String describe() {
    return kind.description;
  }
}
