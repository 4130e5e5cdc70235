package dev.outpost.words;

import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.ListFormatter.FormattedList;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything the site says, in one language: messages by key from the language's catalogue (with
 * the site's own strings in place of some), lists, numbers and dates written as that language
 * writes them. Immutable and thread-safe.
 */
public final class Words {
  /** The words made last: the pages, feeds and calendars of one site ask for the same ones. */
  private static final AtomicReference<Words> LAST = new AtomicReference<>();

  /** English, with no string of the site's own. */
  public static final Words ENGLISH = of(Languages.ENGLISH, Map.of());

  private final String tag;
  private final ULocale locale;
  private final Map<String, String> strings;
  private final Map<String, String> messages;

  /** Messages without arguments, as they read. */
  private final Map<String, String> plain = new HashMap<>();

  private final ListFormatter lists;

  /** Each thread's parsed messages: ICU's formats are not thread-safe, and parsing costs. */
  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  /** Each thread's percentage formats, by number of decimals. */
  private final ThreadLocal<Map<Integer, NumberFormat>> percents =
      ThreadLocal.withInitial(HashMap::new);

  private final ListFormatter units;

  /**
   * A formatter for each skeleton asked for, never used itself: {@link #dates} hands out copies,
   * which cost far less than resolving the skeleton and loading the language's data again.
   */
  private final Map<String, SimpleDateFormat> dateFormats = new ConcurrentHashMap<>();

  private Words(String tag, Map<String, String> strings, Map<String, String> messages) {
    this.tag = tag;
    this.locale = ULocale.forLanguageTag(tag);
    this.strings = Map.copyOf(strings);
    this.messages = Map.copyOf(messages);
    for (Map.Entry<String, String> e : this.messages.entrySet()) {
      MessageFormat format = new MessageFormat(e.getValue(), locale);
      if (format.getArgumentNames().isEmpty()) {
        plain.put(e.getKey(), format.format(Map.of()));
      }
    }
    this.lists = ListFormatter.getInstance(locale);
    this.units =
        ListFormatter.getInstance(locale, ListFormatter.Type.UNITS, ListFormatter.Width.SHORT);
  }

  /**
   * The words of the supported language {@code tag}, with {@code strings} (messages by key, each
   * checked by {@link Catalogue#problem}) in place of the catalogue's.
   *
   * @throws IllegalArgumentException for a language that is not supported, or a string with a
   *     problem
   */
  public static Words of(String tag, Map<String, String> strings) {
    Words last = LAST.get();
    if (last != null && last.tag.equals(tag) && last.strings.equals(strings)) {
      return last;
    }
    Map<String, String> messages = new HashMap<>(Catalogue.of(Languages.ENGLISH));
    messages.putAll(Catalogue.of(tag));
    strings.forEach(
        (key, message) -> {
          Catalogue.problem(key, message)
              .ifPresent(
                  problem -> {
                    throw new IllegalArgumentException(problem);
                  });
          messages.put(key, message);
        });
    Words words = new Words(tag, strings, messages);
    LAST.set(words);
    return words;
  }

  /** The language's BCP 47 tag, such as {@code de} or {@code pt-BR}. */
  public String tag() {
    return tag;
  }

  /** The language as a JDK locale. */
  public Locale locale() {
    return locale.toLocale();
  }

  /** The message {@code key}, which takes no arguments. */
  public String get(String key) {
    String text = plain.get(key);
    if (text == null) {
      return format(key);
    }
    return text;
  }

  /**
   * The message {@code key} with its arguments, given as names and values in turn: {@code
   * format("history.incidents", "count", 2)}.
   */
  public String format(String key, Object... namesAndValues) {
    String pattern = messages.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message `" + key + "`");
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as names and values in turn");
    }
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return formats
        .get()
        .computeIfAbsent(key, k -> new MessageFormat(pattern, locale))
        .format(arguments);
  }

  /** {@code items} as one phrase, such as "API, Web and CDN". */
  public String list(List<String> items) {
    return lists.format(items);
  }

  /**
   * What {@link #list} writes around {@code items}, for lists whose items are more than text (such
   * as links): {@code items.size() + 1} pieces, the first before the first item, then each after an
   * item ({@code "", ", ", ", and ", ""} for three items in English, {@code "", "、", "、", ""} in
   * Japanese). A piece may depend on the item after it, as Spanish's "y" becomes "e" before an "i"
   * sound.
   */
  public List<String> listGlue(List<String> items) {
    FormattedList formatted = lists.formatToValue(items);
    String text = formatted.toString();
    ConstrainedFieldPosition position = new ConstrainedFieldPosition();
    position.constrainField(ListFormatter.SpanField.LIST_SPAN);
    List<String> glue = new ArrayList<>(items.size() + 1);
    int end = 0;
    while (formatted.nextPosition(position)) {
      glue.add(text.substring(end, position.getStart()));
      end = position.getLimit();
    }
    glue.add(text.substring(end));
    return List.copyOf(glue);
  }

  /** Counts of things as one phrase, such as "2 incidents, 1 maintenance window". */
  public String units(List<String> items) {
    return units.format(items);
  }

  /** An integer, grouped as the language groups digits: "1,234", "1.234", "1 234". */
  public String number(long value) {
    return NumberFormat.getInstance(locale).format(value);
  }

  /**
   * A percentage from 0 to 100 with {@code decimals} decimals, as the language writes it: "99.82%",
   * "99,82 %".
   */
  public String percent(double percent, int decimals) {
    NumberFormat format =
        percents
            .get()
            .computeIfAbsent(
                decimals,
                d -> {
                  NumberFormat created = NumberFormat.getPercentInstance(locale);
                  created.setMinimumFractionDigits(d);
                  created.setMaximumFractionDigits(d);
                  return created;
                });
    return format.format(percent / 100);
  }

  /**
   * A new (not thread-safe) formatter of dates and times in {@code zone} for the CLDR skeleton
   * {@code skeleton}, such as {@code yMMMd}: the language's own pattern for those fields.
   */
  public DateFormat dates(String skeleton, ZoneId zone) {
    SimpleDateFormat prototype =
        dateFormats.computeIfAbsent(
            skeleton, s -> new SimpleDateFormat(DatePatterns.of(tag, s), locale));
    DateFormat format = (DateFormat) prototype.clone();
    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
    return format;
  }
}
