package dev.outpost.importer;

import dev.outpost.model.Component;
import dev.outpost.model.ComponentGroup;
import dev.outpost.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do: the incident files to write, the components and groups to add, the
 * redirects from old pages to new ones, and a note for everything that could not be carried over as
 * it was. Nothing is written by planning.
 *
 * @param source the source's name as readers know it, such as {@code cState}
 * @param item what one read item is called, such as {@code cState post}
 * @param files one per imported item, in order
 * @param groups groups to add to {@code outpost.yml}
 * @param components components to add to {@code outpost.yml}
 * @param redirects each old page and its new address
 * @param notes everything not carried over as it was, by file and line
 * @param skipped how many items could not be imported at all (each has a note)
 * @param read how many items were read
 */
public record ImportPlan(
    String source,
    String item,
    List<FileChange> files,
    List<ComponentGroup> groups,
    List<Component> components,
    List<Redirect> redirects,
    List<Problem> notes,
    int skipped,
    int read) {

  /** What becomes of one incident file. */
  public enum Change {
    NEW,
    UNCHANGED,
    /** Written by an earlier import and not edited since; the source has changed. */
    UPDATED,
    /** The file exists with other content; it is not overwritten. */
    CONFLICT
  }

  /** One incident file to write. */
  public record FileChange(Path file, String text, Change change, boolean maintenance) {}

  /**
   * An old page and the new page it moved to: {@code from} is a path on the old site (or a whole
   * address), {@code to} relative to the Outpost site's root.
   */
  public record Redirect(String from, String to) {}
}
