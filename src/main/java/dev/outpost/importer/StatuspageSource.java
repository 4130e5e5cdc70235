package dev.outpost.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the JSON documents of a Statuspage page: the public v2 API's {@code summary.json}, {@code
 * incidents.json} and {@code scheduled-maintenances.json} from a page's address or from saved
 * copies, and the manage API's paginated incident list. A document that is not JSON stops the
 * import, naming the file or address with line and column.
 */
public final class StatuspageSource {
  /** The public v2 API's documents that are read, under {@code api/v2/}. */
  public static final List<String> PUBLIC =
      List.of("summary.json", "incidents.json", "scheduled-maintenances.json");

  /** The manage API's address. */
  public static final URI MANAGE_API = URI.create("https://api.statuspage.io/v1/");

  /** How many incidents a page of the manage API's list asks for; 100 is its largest. */
  static final int PER_PAGE = 100;

  /** No page holds more history than this many pages of the manage API: a guard, not a limit. */
  static final int MOST_PAGES = 10_000;

  /** The most an address may answer: far more than any page's history, and bounded memory. */
  static final long MOST_BYTES = 64L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** One JSON document and where it came from (a file's path or an address). */
  public record Document(String name, JsonNode root) {}

  private final HttpClient http;
  private final long mostBytes;

  private StatuspageSource(HttpClient http, long mostBytes) {
    this.http = http;
    this.mostBytes = mostBytes;
  }

  /** A source that reads addresses with a client of its own. */
  public static StatuspageSource create() {
    return create(MOST_BYTES);
  }

  /** A source whose addresses may answer at most {@code mostBytes}; for tests. */
  static StatuspageSource create(long mostBytes) {
    return new StatuspageSource(
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        mostBytes);
  }

  /**
   * The documents {@code argument} names: an {@code http(s)} address of a page (its three public
   * documents, or the one {@code .json} address given), a saved document, or a folder holding saved
   * documents (directly or under {@code api/v2/}).
   */
  public List<Document> read(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri;
      try {
        uri = URI.create(argument);
      } catch (IllegalArgumentException e) {
        throw new OutpostException(
            ExitCode.USAGE, argument + ": not an address: " + e.getMessage());
      }
      if (uri.getPath() != null && uri.getPath().endsWith(".json")) {
        return List.of(get(uri, null, null));
      }
      String base = argument.endsWith("/") ? argument : argument + "/";
      List<Document> documents = new ArrayList<>();
      for (String name : PUBLIC) {
        documents.add(get(URI.create(base).resolve("api/v2/" + name), null, null));
      }
      return documents;
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      Path dir =
          Files.isRegularFile(path.resolve("api/v2/incidents.json"))
              ? path.resolve("api/v2")
              : path;
      List<Document> documents = new ArrayList<>();
      for (String name : PUBLIC) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
          documents.add(file(file));
        }
      }
      if (documents.isEmpty()) {
        throw new OutpostException(
            ExitCode.USAGE,
            path
                + ": holds none of "
                + String.join(", ", PUBLIC)
                + " (saved from a page's api/v2/), directly or under api/v2/");
      }
      return documents;
    }
    if (!Files.isRegularFile(path)) {
      throw new OutpostException(
          ExitCode.USAGE, argument + ": no such file or folder, and not an http(s) address");
    }
    return List.of(file(path));
  }

  /**
   * Every incident of the page {@code pageId} through the manage API at {@code api}, page by page,
   * with the key {@code key}; one document per page, the last one shorter than a full page.
   */
  public List<Document> manage(URI api, String pageId, String key, String keyName) {
    if (!pageId.matches("[A-Za-z0-9]+")) {
      throw new OutpostException(
          ExitCode.USAGE, "--page-id `" + pageId + "`: a page id is letters and digits");
    }
    URI base = api.toString().endsWith("/") ? api : URI.create(api + "/");
    List<Document> documents = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= MOST_PAGES; page++) {
      URI uri =
          base.resolve("pages/" + pageId + "/incidents?page=" + page + "&per_page=" + PER_PAGE);
      Document document = get(uri, key, keyName);
      if (!document.root().isArray()) {
        throw new OutpostException(
            ExitCode.REMOTE_ERROR, uri + ": not a list of incidents, as the manage API answers");
      }
      boolean fresh = false;
      for (JsonNode incident : document.root()) {
        fresh |= seen.add(incident.path("id").asText());
      }
      documents.add(document);
      if (document.root().size() < PER_PAGE || !fresh) {
        break;
      }
    }
    return documents;
  }

  private Document get(URI uri, String key, String keyName) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "outpost-import");
    if (key != null) {
      request.header("Authorization", "OAuth " + key);
    }
    HttpResponse<InputStream> response;
    String body;
    try {
      response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = response.statusCode() == 200 ? bounded(in, uri) : "";
      }
    } catch (IOException e) {
      throw new OutpostException(ExitCode.REMOTE_ERROR, "GET " + uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutpostException(ExitCode.REMOTE_ERROR, "GET " + uri + ": interrupted", e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new OutpostException(
          ExitCode.REMOTE_ERROR,
          "GET "
              + uri
              + ": HTTP "
              + status
              + (keyName == null
                  ? "; the page is not public"
                  : "; the API key in $"
                      + keyName
                      + " was refused (a key of a user of this page)"));
    }
    if (status != 200) {
      throw new OutpostException(ExitCode.REMOTE_ERROR, "GET " + uri + ": HTTP " + status);
    }
    return parse(uri.toString(), body);
  }

  /** The answer as UTF-8 text, read no further than {@link #mostBytes}, which is an error. */
  private String bounded(InputStream in, URI uri) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, mostBytes + 1));
    if (bytes.length > mostBytes) {
      throw new OutpostException(
          ExitCode.REMOTE_ERROR,
          "GET "
              + uri
              + ": the answer is larger than "
              + inWords(mostBytes)
              + ", more than a status page's documents hold; nothing was imported");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String inWords(long bytes) {
    return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }

  private static Document file(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutpostException(ExitCode.IO_ERROR, file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Jackson's message, which quotes the document at fault, without its control, format and
   * separator characters, which a terminal could act on.
   */
  static String printable(String message) {
    return message == null
        ? "unreadable"
        : message
            .replaceAll("[\\r\\n\\p{Zl}\\p{Zp}]+", " ")
            .replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t]]", "");
  }

  /** {@code text} as JSON, or an error naming {@code name} with the line and column at fault. */
  static Document parse(String name, String text) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new OutpostException(ExitCode.INVALID_INPUT, name + ":1:1: empty; no JSON document");
      }
      return new Document(name, root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 1);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 1);
      throw new OutpostException(
          ExitCode.INVALID_INPUT,
          name + ":" + line + ":" + column + ": not JSON: " + printable(e.getOriginalMessage()),
          e);
    }
  }
}
