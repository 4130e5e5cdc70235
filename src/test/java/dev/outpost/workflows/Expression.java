package dev.outpost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GitHub Actions expressions as GitHub documents them ("Evaluate expressions in workflows and
 * actions"), the part a job-level {@code if:} of a status workflow uses: literals ({@code 'text'}
 * with {@code ''} for a quote, numbers, {@code true}, {@code false}, {@code null}), property paths
 * with {@code .name}, {@code ['name']} and the {@code .*} filter, {@code ( )}, {@code !}, {@code
 * ==}, {@code !=}, {@code &&}, {@code ||}, and the functions {@code contains}, {@code startsWith},
 * {@code endsWith}, {@code success}, {@code always}, {@code failure} and {@code cancelled}.
 *
 * <p>Strings are compared ignoring case; values of other types are compared as numbers ({@code
 * null} and {@code ''} are 0, a string that is not a number is NaN, which equals nothing); {@code
 * &&} and {@code ||} return an operand, and {@code false}, 0, {@code ''}, {@code null} and NaN are
 * falsy. Anything else fails, so a workflow using more than this model knows fails the test rather
 * than passing by accident.
 */
final class Expression {
  private final String text;
  private int at;
  private final JsonNode context;
  private boolean usesStatus;

  private Expression(String text, JsonNode context) {
    this.text = text;
    this.context = context;
  }

  /**
   * Whether a job with {@code condition} as its {@code if:} runs, given {@code context} (an object
   * with {@code github}, {@code needs}, …) and whether all its needs succeeded. As GitHub does, a
   * condition without a status function is read as {@code success() && (condition)}.
   */
  static boolean jobRuns(String condition, JsonNode context, boolean needsSucceeded) {
    if (condition == null) {
      return needsSucceeded;
    }
    String body = condition.strip();
    if (body.startsWith("${{") && body.endsWith("}}")) {
      body = body.substring(3, body.length() - 2);
    }
    Expression expression = new Expression(body, context);
    expression.needsSucceeded = needsSucceeded;
    JsonNode value = expression.parse();
    boolean truthy = truthy(value);
    return expression.usesStatus ? truthy : needsSucceeded && truthy;
  }

  private boolean needsSucceeded;

  private JsonNode parse() {
    JsonNode value = or();
    skipSpace();
    if (at != text.length()) {
      throw error("unexpected text");
    }
    return value;
  }

  private JsonNode or() {
    JsonNode left = and();
    while (take("||")) {
      JsonNode right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private JsonNode and() {
    JsonNode left = comparison();
    while (take("&&")) {
      JsonNode right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private JsonNode comparison() {
    JsonNode left = unary();
    while (true) {
      if (take("==")) {
        left = bool(equal(left, unary()));
      } else if (take("!=")) {
        left = bool(!equal(left, unary()));
      } else {
        return left;
      }
    }
  }

  private JsonNode unary() {
    if (take("!")) {
      return bool(!truthy(unary()));
    }
    return path();
  }

  private JsonNode path() {
    JsonNode value = primary();
    while (true) {
      if (take(".*")) {
        value = star(value);
      } else if (peek('.')) {
        at++;
        String name = identifier();
        value = member(value, name);
      } else if (take("[")) {
        skipSpace();
        if (!peek('\'')) {
          throw error("only ['name'] indexes are modelled");
        }
        String name = string();
        expect("]");
        value = member(value, name);
      } else {
        return value;
      }
    }
  }

  private JsonNode primary() {
    skipSpace();
    if (take("(")) {
      JsonNode value = or();
      expect(")");
      return value;
    }
    if (peek('\'')) {
      return JsonNodeFactory.instance.textNode(string());
    }
    if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
      int start = at++;
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
        at++;
      }
      return JsonNodeFactory.instance.numberNode(Double.parseDouble(text.substring(start, at)));
    }
    String name = identifier();
    switch (name) {
      case "true":
        return bool(true);
      case "false":
        return bool(false);
      case "null":
        return NullNode.instance;
      default:
        break;
    }
    skipSpace();
    if (take("(")) {
      return call(name);
    }
    if (!context.has(name)) {
      throw error("no context named " + name);
    }
    return context.get(name);
  }

  private JsonNode call(String name) {
    List<JsonNode> arguments = new ArrayList<>();
    skipSpace();
    if (!take(")")) {
      do {
        arguments.add(or());
      } while (take(","));
      expect(")");
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "contains":
        return bool(contains(arguments.get(0), arguments.get(1)));
      case "startswith":
        return bool(
            text(arguments.get(0))
                .toLowerCase(Locale.ROOT)
                .startsWith(text(arguments.get(1)).toLowerCase(Locale.ROOT)));
      case "endswith":
        return bool(
            text(arguments.get(0))
                .toLowerCase(Locale.ROOT)
                .endsWith(text(arguments.get(1)).toLowerCase(Locale.ROOT)));
      case "success":
        usesStatus = true;
        return bool(needsSucceeded);
      case "failure":
      case "cancelled":
        usesStatus = true;
        return bool(false);
      case "always":
        usesStatus = true;
        return bool(true);
      default:
        throw error("the function " + name + " is not modelled");
    }
  }

  private static boolean contains(JsonNode search, JsonNode item) {
    if (search.isArray()) {
      for (JsonNode element : search) {
        if (equal(element, item)) {
          return true;
        }
      }
      return false;
    }
    return text(search).toLowerCase(Locale.ROOT).contains(text(item).toLowerCase(Locale.ROOT));
  }

  private static JsonNode member(JsonNode value, String name) {
    if (value.isArray()) {
      // A property of a filtered array applies to each of its elements.
      ArrayNode each = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : value) {
        JsonNode child = element.get(name);
        if (child != null) {
          each.add(child);
        }
      }
      return each;
    }
    JsonNode child = value.isObject() ? value.get(name) : null;
    return child == null ? NullNode.instance : child;
  }

  private static JsonNode star(JsonNode value) {
    ArrayNode each = JsonNodeFactory.instance.arrayNode();
    if (value.isArray()) {
      value.forEach(each::add);
    } else if (value.isObject()) {
      value.elements().forEachRemaining(each::add);
    }
    return each;
  }

  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isTextual() && b.isTextual()) {
      return a.asText().equalsIgnoreCase(b.asText());
    }
    if (a.isContainerNode() || b.isContainerNode()) {
      return a == b;
    }
    double x = number(a);
    double y = number(b);
    return x == y;
  }

  private static double number(JsonNode value) {
    if (value.isNull()) {
      return 0;
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? 1 : 0;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String text(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isContainerNode()) {
      throw new IllegalArgumentException("a string function was given " + value);
    }
    return value.asText();
  }

  static boolean truthy(JsonNode value) {
    if (value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      double d = value.asDouble();
      return d != 0 && !Double.isNaN(d);
    }
    if (value.isTextual()) {
      return !value.asText().isEmpty();
    }
    return true;
  }

  private static JsonNode bool(boolean value) {
    return JsonNodeFactory.instance.booleanNode(value);
  }

  private String identifier() {
    skipSpace();
    int start = at;
    while (at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at))
            || text.charAt(at) == '_'
            || text.charAt(at) == '-')) {
      at++;
    }
    if (start == at) {
      throw error("expected a name");
    }
    return text.substring(start, at);
  }

  private String string() {
    StringBuilder value = new StringBuilder();
    at++; // the opening quote
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '\'') {
        if (at < text.length() && text.charAt(at) == '\'') {
          value.append('\'');
          at++;
        } else {
          return value.toString();
        }
      } else {
        value.append(c);
      }
    }
  }

  private boolean peek(char c) {
    skipSpace();
    return at < text.length() && text.charAt(at) == c;
  }

  private boolean take(String token) {
    skipSpace();
    if (text.startsWith(token, at)) {
      // "!" must not be the start of "!=".
      if (token.equals("!") && text.startsWith("!=", at)) {
        return false;
      }
      at += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!take(token)) {
      throw error("expected " + token);
    }
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at " + at + " of: " + text);
  }
}
