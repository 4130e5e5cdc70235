package dev.outpost.model;

/** A heading under which components are shown together. */
public record ComponentGroup(String id, String name, String description) {
  public ComponentGroup {
    name = Characters.clean(name);
    description = Characters.clean(description);
  }
}
