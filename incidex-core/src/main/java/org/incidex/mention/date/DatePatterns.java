package org.incidex.mention.date;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the date rules' patterns from templates with named pieces: {@code
 * {DAY}{SP}(?<month>{MONTH})} reads "a day, spaces, a month". The pieces come from the word tables.
 * Every pattern is case-insensitive: wire text is often lower case ({@code 3 jan 90}), and the
 * readers look at the case only where a word is ambiguous.
 */
final class DatePatterns {
  private DatePatterns() {}

  private static final Pattern PIECE = Pattern.compile("(?<!\\\\p)\\{([A-Z][A-Z_]+)}");

  /** The pieces every template may use. */
  static final Map<String, String> PIECES = pieces();

  private static Map<String, String> pieces() {
    Map<String, String> p = new HashMap<>();
    // one or more spaces, including no-break and thin spaces
    p.put("SP", "[\\s\\u00A0\\u2009\\u202F]+");
    p.put("OPT_SP", "[\\s\\u00A0\\u2009\\u202F]*");
    // not inside a word or number: 14 in 2014 is no day
    p.put("START", "(?<![\\p{L}\\p{N}])");
    p.put("END", "(?![\\p{L}\\p{N}])");
    // hyphen, the Unicode dashes, minus, and a double hyphen
    p.put("DASH", "(?:--|[-\\u2010-\\u2015\\u2212])");
    // a year alone: 1900 to 2099 (older numbers are far more often counts)
    p.put("YEAR", "(?:19|20)\\d{2}");
    // a year next to a month name: 1000 to 2099 (11 November 1827)
    p.put("YEAR_OF_MONTH", "(?:1\\d|20)\\d{2}");
    // a day of the month, with an optional ordinal suffix (21st)
    p.put("DAY", "[0-3]?\\d(?:st|nd|rd|th)?");
    String names = alternation(DateWords.MONTH_NAMES.keySet());
    String abbreviations = alternation(DateWords.MONTH_ABBREVIATIONS.keySet());
    p.put("MONTH", "(?:" + names + "|" + abbreviations + ")(?![\\p{L}\\p{N}])\\.?");
    p.put("MONTH_NAME", names + "(?![\\p{L}\\p{N}])");
    p.put("WEEKDAY", alternation(DateWords.WEEKDAYS.keySet()) + "(?![\\p{L}\\p{N}])");
    p.put("TIME_OF_DAY", alternation(DateWords.TIMES_OF_DAY));
    // early, mid or late before a month or decade: mid-June, the late 1990s
    p.put(
        "PART_PREFIX", "(?:" + alternation(DateWords.PARTS_OF_MONTH) + "(?:{DASH}{OPT_SP}|{SP}))");
    p.put("PART_OF_YEAR", alternation(DateWords.PARTS_OF_YEAR.keySet()));
    p.put("COUNT", "(?:\\d{1,3}|" + alternation(DateWords.NUMBERS.keySet()) + ")");
    return Map.copyOf(p);
  }

  /** Compiles a template: case-insensitive, also outside ASCII. */
  static Pattern compile(String template) {
    return compile(template, Map.of());
  }

  /** Compiles a template that also uses a rule's own pieces. */
  static Pattern compile(String template, Map<String, String> own) {
    return Pattern.compile(expand(template, own), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The template with each {@code {NAME}} replaced by its piece, recursively. */
  static String expand(String template, Map<String, String> own) {
    Matcher m = PIECE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String piece = own.containsKey(name) ? own.get(name) : PIECES.get(name);
      if (piece == null) {
        throw new IllegalArgumentException("no pattern piece {" + name + "} in " + template);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(expand(piece, own)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A non-capturing alternation of words, longest first so that {@code sept} wins over {@code sep};
   * a space inside a phrase matches any run of spaces.
   */
  static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(w -> Pattern.quote(w).replace(" ", "\\E{SP}\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
