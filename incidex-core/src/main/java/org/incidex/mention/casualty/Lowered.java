package org.incidex.mention.casualty;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A derived view of a text for matching: lower case, curly quotes made straight, en and em dashes
 * made hyphens, no-break spaces made spaces. Each character maps to exactly one character, so an
 * offset in the view is the same offset in the original text and nothing needs mapping back.
 */
final class Lowered {
  private Lowered() {}

  /** The view of {@code text}; same length, same offsets. */
  static String of(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u02bc' -> '\'';
      case '\u201c', '\u201d' -> '"';
      case '\u2013', '\u2014', '\u2212' -> '-';
      case '\u00a0', '\u2009', '\u202f' -> ' ';
      default -> Character.toLowerCase(c);
    };
  }

  /**
   * A regex alternation of the words, longest first so that {@code more than} wins over {@code
   * more}; spaces inside a phrase match any run of white space.
   */
  static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
