package dev.outpost.render.view;

import java.util.List;

/**
 * Components shown together.
 *
 * @param name {@code null} for the components outside any group
 */
public record GroupView(String name, String description, List<ComponentRow> components) {
  public GroupView {
    components = List.copyOf(components);
  }
}
