package dev.outpost.render;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Site;
import dev.outpost.model.StatusPage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was rendered, remembered between a preview's rebuilds by the value it was rendered from: the
 * page and feed entry of a settled incident, a feed. After one edited file, a rebuild renders only
 * what that file changed and takes the rest from here. A change of the site's settings forgets
 * everything; what a rebuild no longer asks for is forgotten after the next one. Thread-safe.
 *
 * <p>A key must be a value (a record, a list of them) that holds everything its text depends on,
 * apart from the site's settings.
 */
public final class Memo {
  private record Settings(Site site, List<ComponentGroup> groups, List<Component> components) {}

  private Settings settings;
  private volatile Map<Object, Object> current = new ConcurrentHashMap<>();
  private volatile Map<Object, Object> previous = new ConcurrentHashMap<>();

  /** Starts a rebuild of {@code page}: forgets everything if its settings changed. */
  synchronized void begin(StatusPage page) {
    Settings now = new Settings(page.site(), page.groups(), page.components());
    if (!now.equals(settings)) {
      current = new ConcurrentHashMap<>();
      previous = new ConcurrentHashMap<>();
      settings = now;
    }
  }

  /**
   * What {@code render} made from {@code key}: remembered, or made now and remembered. Keys of
   * different kinds of value must differ, such as by a leading tag in a list.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> render) {
    Object value = current.get(key);
    if (value == null) {
      value = Objects.requireNonNullElseGet(previous.get(key), render);
      current.put(key, value);
    }
    return (T) value;
  }

  /** Forgets what the last rebuild did not ask for; call once after each rebuild. */
  public synchronized void forgetUnused() {
    previous = current;
    current = new ConcurrentHashMap<>();
  }

  /** What {@code render} makes, through {@code memo} if there is one. */
  public static <T> T get(Memo memo, Object key, Supplier<T> render) {
    return memo == null ? render.get() : memo.get(key, render);
  }
}
