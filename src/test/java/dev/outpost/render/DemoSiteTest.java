package dev.outpost.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the demo site into the folder named by {@code -Doutpost.demo=...}, to look at it in a
 * browser: {@code mvn test -Dtest=DemoSiteTest -Doutpost.demo=/tmp/demo}.
 */
class DemoSiteTest {
  @Test
  @EnabledIfSystemProperty(named = "outpost.demo", matches = ".+")
  void writesTheDemoSite() throws Exception {
    Path out = Path.of(System.getProperty("outpost.demo"));
    Files.createDirectories(out);
    Demo.render(Demo.page(), Demo.report(Demo.page()), out);
  }
}
