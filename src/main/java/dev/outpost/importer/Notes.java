package dev.outpost.importer;

import dev.outpost.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** What an import could not carry over as it was, each at the place in the source it concerns. */
final class Notes {
  private final String path;
  private final List<Problem> notes;

  Notes(String path, List<Problem> notes) {
    this.path = path;
    this.notes = notes;
  }

  static Notes collecting(String path) {
    return new Notes(path, new ArrayList<>());
  }

  void at(int line, int column, String message) {
    notes.add(new Problem(path, line, column, message));
  }

  void file(String message) {
    at(0, 0, message);
  }

  String path() {
    return path;
  }

  List<Problem> list() {
    return notes;
  }
}
