package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.model.Component;
import dev.outpost.model.Incident;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG badges, read by the JDK's XML parser, and the shields.io endpoint files. */
class BadgesTest extends RenderingTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  @Test
  void theOverallBadgeSaysTheStatusInItsColour() throws Exception {
    whenRendered();
    Document svg = svg("badge.svg");

    Element root = svg.getDocumentElement();
    assertEquals(SVG, root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("status: major outage", root.getAttribute("aria-label"));
    assertEquals(List.of("status", "status", "major outage", "major outage"), texts(svg));
    List<Element> rects = elements(svg, "rect");
    assertEquals("#e05d44", rects.get(2).getAttribute("fill"));
    int label = Integer.parseInt(rects.get(1).getAttribute("width"));
    int message = Integer.parseInt(rects.get(2).getAttribute("width"));
    assertEquals(label + message, Integer.parseInt(root.getAttribute("width")));
    assertEquals(44, label, "\"status\" is 34 px of Verdana 11px plus padding, as on shields.io");
  }

  @Test
  void eachComponentHasABadgeNamedAfterIt() throws Exception {
    whenRendered();
    Document db = svg("components/db/badge.svg");
    assertEquals(List.of("Database", "Database", "major outage", "major outage"), texts(db));
    Document api = svg("components/api/badge.svg");
    assertEquals("#4c1", elements(api, "rect").get(2).getAttribute("fill"));
  }

  @Test
  void shieldsEndpointsGiveStatusAndUptime() throws Exception {
    whenRendered();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode status = mapper.readTree(file("api/badges/db.json"));
    assertEquals(1, status.get("schemaVersion").asInt());
    assertEquals("Database", status.get("label").asText());
    assertEquals("major outage", status.get("message").asText());
    assertEquals("red", status.get("color").asText());
    JsonNode uptime = mapper.readTree(file("api/badges/uptime/api.json"));
    assertEquals("API uptime", uptime.get("label").asText());
    assertEquals("99.99%", uptime.get("message").asText());
    assertEquals("brightgreen", uptime.get("color").asText());
    assertEquals("major outage", mapper.readTree(file("api/badge.json")).get("message").asText());
  }

  @Test
  void controlsAndNoncharactersInNamesAndTitlesReachNoFileAndLeaveBadgesValidXml()
      throws Exception {
    String hostile =
        "\u0000\u0001\u0008\u000B\u000C\u001B\u007F\u0085\u009F\uFDD0\uFFFE\uFFFF\uD800";
    page =
        new StatusPage(
            new Site(
                "Acme" + hostile,
                "",
                page.site().url(),
                page.site().zone(),
                "Notice" + hostile,
                page.site().links()),
            page.groups(),
            page.components().stream()
                .map(
                    c ->
                        new Component(
                            c.id(),
                            c.name() + hostile,
                            c.description() + hostile,
                            c.group(),
                            c.since()))
                .toList(),
            page.uptime(),
            page.incidents().stream()
                .map(
                    i ->
                        new Incident(
                            i.id(),
                            i.title() + hostile,
                            i.declaredImpact(),
                            i.updates(),
                            i.body() + hostile,
                            i.postmortem(),
                            i.origin()))
                .toList(),
            page.maintenance());
    report = Demo.report(page);

    whenRendered();

    String replaced = "\uFFFD".repeat(hostile.length());
    assertEquals(
        List.of("Database" + replaced, "Database" + replaced, "major outage", "major outage"),
        texts(svg("components/db/badge.svg")));
    for (String path : files(out)) {
      String text = file(path);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
        boolean noncharacter = c >= 0xfdd0 && c <= 0xfdef || c >= 0xfffe;
        assertFalse(
            control || noncharacter || Character.isSurrogate(c),
            () -> path + " has U+" + Integer.toHexString(text.charAt(text.indexOf(c))));
      }
      if (path.matches(".*\\.(svg|atom|rss|xml)")) {
        svg(path); // parses as XML
      }
    }
  }

  private Document svg(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(file(path))));
  }

  private static List<String> texts(Document svg) {
    return elements(svg, "text").stream().map(Element::getTextContent).toList();
  }

  private static List<Element> elements(Document svg, String name) {
    NodeList nodes = svg.getElementsByTagNameNS(SVG, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
