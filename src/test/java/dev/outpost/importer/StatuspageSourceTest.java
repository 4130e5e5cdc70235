package dev.outpost.importer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.outpost.ExitCode;
import dev.outpost.OutpostException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link StatuspageSource} reads from an address, and what it says of what it cannot. */
class StatuspageSourceTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String document(int bytes) {
    return "{\"incidents\": [], \"pad\": \"" + "x".repeat(bytes - 28) + "\"}";
  }

  @Test
  void anAnswerUpToTheLimitIsRead() {
    server.stubFor(get(urlEqualTo("/incidents.json")).willReturn(okJson(document(1000))));

    var documents = StatuspageSource.create(1000).read(server.baseUrl() + "/incidents.json");

    assertEquals(1, documents.size());
    assertTrue(documents.get(0).root().path("incidents").isArray());
  }

  @Test
  void aLargerAnswerStopsTheImportSayingSo() {
    server.stubFor(get(urlEqualTo("/incidents.json")).willReturn(okJson(document(1001))));

    OutpostException e =
        assertThrows(
            OutpostException.class,
            () -> StatuspageSource.create(1000).read(server.baseUrl() + "/incidents.json"));

    assertEquals(ExitCode.REMOTE_ERROR, e.exitCode());
    assertEquals(
        "GET "
            + server.baseUrl()
            + "/incidents.json: the answer is larger than 1000 bytes, more than a status page's"
            + " documents hold; nothing was imported",
        e.getMessage());
  }

  @Test
  void theLimitIs64Megabytes() {
    assertEquals(64L * 1024 * 1024, StatuspageSource.MOST_BYTES);
  }

  @Test
  void jacksonsMessageLosesTheControlCharactersItQuotes() {
    OutpostException e =
        assertThrows(
            OutpostException.class,
            () -> StatuspageSource.parse("saved/incidents.json", "{\"a\": \u202e\u001b[2J}"));

    assertTrue(
        e.getMessage().startsWith("saved/incidents.json:1:7: not JSON: Unexpected character ("),
        e.getMessage());
    assertFalse(e.getMessage().contains("\u202e"), e.getMessage());
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
  }
}
