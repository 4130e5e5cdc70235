package dev.outpost.importer;

import dev.outpost.importer.ImportPlan.Change;
import dev.outpost.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first comment line of an imported incident file, naming the item it came from and a digest of
 * what the import wrote after it ({@code # Imported from Upptime: acme/status#12 (d823b9b89ac1)}).
 * A later import finds the file by that item, whatever the file is called, and knows from the
 * digest whether anyone edited it since.
 */
final class ImportMarks {
  private final String prefix;
  private final Pattern header;

  /**
   * Marks that start with {@code prefix} followed by an item id matching {@code id}, such as {@code
   * # Imported from Statuspage: incident } and {@code [A-Za-z0-9]+}.
   */
  ImportMarks(String prefix, String id) {
    this.prefix = prefix;
    this.header = Pattern.compile(Pattern.quote(prefix) + "(" + id + ") \\(([0-9a-f]{12})\\)");
  }

  /** The file's text: front matter opened by the mark for {@code id}, then {@code rest}. */
  String text(String id, String rest) {
    return "---\n" + prefix + id + " (" + digest(rest) + ")\n" + rest;
  }

  /** The files an earlier import wrote, by the item id in their mark. */
  Map<String, Path> existing(Path incidents, List<Problem> notes) {
    Map<String, Path> existing = new HashMap<>();
    if (!Files.isDirectory(incidents)) {
      return existing;
    }
    try (Stream<Path> files = Files.list(incidents)) {
      for (Path file : files.sorted().toList()) {
        if (!file.getFileName().toString().endsWith(".md")
            || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          reader.readLine();
          String second = reader.readLine();
          Matcher mark = second == null ? null : header.matcher(second);
          if (mark != null && mark.matches()) {
            existing.putIfAbsent(mark.group(1), file);
          }
        } catch (IOException e) {
          // not a text file an import wrote
        }
      }
    } catch (IOException e) {
      notes.add(new Problem(incidents.toString(), 0, 0, "cannot list: " + e.getMessage()));
    }
    return existing;
  }

  /**
   * Unchanged when {@code file} holds {@code text}; updated when it holds what an import wrote and
   * no one edited (its digest still matches); otherwise a conflict.
   */
  Change change(Path file, String text) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Change.NEW;
    }
    try {
      String existing = Files.readString(file, StandardCharsets.UTF_8);
      if (existing.equals(text)) {
        return Change.UNCHANGED;
      }
      int first = existing.indexOf('\n');
      int second = first < 0 ? -1 : existing.indexOf('\n', first + 1);
      if (second > 0) {
        Matcher mark = header.matcher(existing.substring(first + 1, second));
        if (mark.matches() && mark.group(2).equals(digest(existing.substring(second + 1)))) {
          return Change.UPDATED;
        }
      }
      return Change.CONFLICT;
    } catch (IOException e) {
      return Change.CONFLICT;
    }
  }

  static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
