package dev.outpost.docs;

import static dev.outpost.docs.DocsTest.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.AlertPayloads;
import dev.outpost.config.ConfigReader;
import dev.outpost.config.Problems;
import dev.outpost.config.SiteConfig;
import dev.outpost.docs.DocPages.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert payloads and the relay the docs show. */
class AlertExamplesTest {
  @Test
  void everyPayloadShownIsReadWithTheDemosConfig() {
    Problems problems = new Problems();
    SiteConfig demo = ConfigReader.read(ROOT.resolve("outpost.yml"), problems).orElseThrow();
    List<Block> payloads = Examples.ALERT_PAYLOAD.blocks();
    assertFalse(payloads.isEmpty());
    for (Block block : payloads) {
      AlertPayloads.Read read = AlertPayloads.read(block.text(), block.where(), demo);
      assertEquals(1, read.alerts().size(), block.where());
    }
  }

  /** The relay must answer only its own key, and wrap the body as outpost alert reads it. */
  @Test
  void theRelayDispatchesTheBodyWrappedAndChecksItsKey() {
    List<Block> relays = Examples.RELAY.blocks();
    assertFalse(relays.isEmpty());
    for (Block relay : relays) {
      String text = relay.text();
      assertTrue(text.contains("/dispatches\""), relay.where());
      assertTrue(text.contains("event_type: \"" + AlertPayloads.EVENT_TYPE + "\""), relay.where());
      assertTrue(text.contains("client_payload: { body }"), relay.where());
      assertTrue(text.contains("!== env.RELAY_KEY"), relay.where());
      assertTrue(text.contains("Bearer ${env.GITHUB_TOKEN}"), relay.where());
    }
  }
}
