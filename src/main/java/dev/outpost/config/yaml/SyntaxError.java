package dev.outpost.config.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A YAML syntax error turned into one readable line at the place it was found. */
record SyntaxError(Location location, String message) {
  private static final String PREFIX = "invalid YAML: ";
  private static final Pattern UNCLOSED = Pattern.compile("expected ',' or '([}\\]])', but got .*");

  static SyntaxError of(Throwable error, int lineOffset) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return of(marked, lineOffset);
      }
    }
    Location location = Location.FILE;
    if (error instanceof JsonProcessingException json && json.getLocation() != null) {
      JsonLocation at = json.getLocation();
      location = new Location(at.getLineNr() + lineOffset, at.getColumnNr());
    }
    String message = error.getMessage() == null ? error.toString() : firstLine(error.getMessage());
    return new SyntaxError(location, PREFIX + message);
  }

  private static SyntaxError of(MarkedYAMLException error, int lineOffset) {
    String problem = plain(firstLine(error.getProblem()));
    String context = error.getContext();
    Mark problemMark = error.getProblemMark();
    Mark contextMark = error.getContextMark();
    if (problem.contains("\\t(TAB)")) {
      return new SyntaxError(
          at(problemMark, lineOffset), PREFIX + "tabs cannot indent YAML; indent with spaces");
    }
    problem = problem.replaceAll("\\.? ?\\(Do not use .* for indentation\\)", "");
    if (problem.startsWith("found character") && problem.endsWith("cannot start any token")) {
      problem += "; put the value in quotes";
    } else if (problem.equals("mapping values are not allowed here")) {
      problem += "; put a value that contains `: ` in quotes";
    }
    if (context == null
        || context.equals("while scanning for the next token")
        || sameMark(contextMark, problemMark)) {
      return new SyntaxError(at(problemMark, lineOffset), PREFIX + problem);
    }
    if (contextMark != null && problem.contains("unexpected end of the YAML")) {
      // An unclosed quote or bracket: the place it was opened is the one to look at.
      return new SyntaxError(at(contextMark, lineOffset), PREFIX + problem + " " + context);
    }
    if (contextMark == null) {
      return new SyntaxError(at(problemMark, lineOffset), PREFIX + problem + " (" + context + ")");
    }
    Location start = at(contextMark, lineOffset);
    String where = "line " + start.line() + ", column " + start.column();
    Matcher unclosed = UNCLOSED.matcher(problem);
    if (unclosed.matches() && context.startsWith("while parsing a flow")) {
      String close = unclosed.group(1);
      String open = close.equals("}") ? "{" : "[";
      return new SyntaxError(
          at(problemMark, lineOffset),
          PREFIX
              + "expected `,` or `"
              + close
              + "`: the `"
              + open
              + "` at "
              + where
              + " is not closed");
    }
    if (problem.startsWith("expected <block end>")) {
      return new SyntaxError(
          at(problemMark, lineOffset),
          PREFIX + "the indentation does not fit the block that starts at " + where);
    }
    where = " that starts at " + where;
    return new SyntaxError(
        at(problemMark, lineOffset), PREFIX + problem + " (" + context + where + ")");
  }

  /** Snakeyaml's words made plain: "the end of the YAML" rather than "<stream end>". */
  private static String plain(String problem) {
    return problem
        .replace("'<stream end>'", "the end of the YAML")
        .replace("<stream end>", "the end of the YAML")
        .replace("end of stream", "end of the YAML")
        .replace("expected the node content", "expected a value");
  }

  private static boolean sameMark(Mark a, Mark b) {
    return a != null && a.getLine() == b.getLine() && a.getColumn() == b.getColumn();
  }

  private static Location at(Mark mark, int lineOffset) {
    return new Location(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
