package dev.outpost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.model.Component;
import dev.outpost.model.StatusPage;
import dev.outpost.model.UptimePolicy;
import dev.outpost.render.view.LinkView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Component names and links, as {@link StatusPage#component} finds the components. */
class ViewsTest {
  @Test
  void namesAndLinksTheComponentsThePageHas() {
    Views views = views(Demo.page());
    assertEquals("API", views.componentName("api"));
    assertEquals(
        new LinkView("Database", "../../components/db/"), views.componentLink("db", "../../"));
    assertEquals(
        new LinkView("Website", "components/website/"), views.componentLink("website", ""));
  }

  @Test
  void showsTheIdWithoutALinkForAComponentThePageNoLongerHas() {
    Views views = views(Demo.page());
    assertEquals("search", views.componentName("search"));
    assertEquals(new LinkView("search", null), views.componentLink("search", "../../"));
  }

  @Test
  void takesTheFirstOfComponentsThatShareAnId() {
    StatusPage page = Demo.page();
    Views views =
        views(
            new StatusPage(
                page.site(),
                page.groups(),
                List.of(
                    new Component("api", "API", "", null, null),
                    new Component("api", "Old API", "", null, null)),
                UptimePolicy.DEFAULT,
                List.of(),
                List.of()));
    assertEquals("API", views.componentName("api"));
    assertEquals(new LinkView("API", "components/api/"), views.componentLink("api", ""));
  }

  private static Views views(StatusPage page) {
    return new Views(page, Demo.report(page), Markdown.create());
  }
}
