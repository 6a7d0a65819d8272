package org.incidex.mention.casualty;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one number from a list of words (lower case): figures ({@code 1,200}, {@code 1.5 million})
 * or words ({@code ninety-four}, {@code twenty one}, {@code one hundred and twelve}, {@code two
 * thousand five hundred}, {@code a dozen}, {@code two dozen}, {@code half a dozen}). It knows
 * nothing of context: {@link NumberWords} decides whether the number is a count.
 */
final class NumberReader {
  private NumberReader() {}

  /** One word of the text, with what lies between it and the word before ({@code ""} first). */
  record Word(int start, int end, String text, String before) {}

  /** A number read from word {@code i}: its value and the index of the word after it. */
  record Reading(int value, int next) {}

  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));
  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** {@code hundred} multiplies what is being read; the large scales close a group. */
  static final Map<String, Integer> LARGE_SCALES = Map.of("thousand", 1_000, "million", 1_000_000);

  /** Figures: digits, optional thousands commas, optional decimals. */
  static final Pattern FIGURES = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

  private static final long LARGEST = 1_000_000_000L;

  /** The number that starts at word {@code i}, or null. */
  static Reading read(List<Word> w, int i) {
    if (i >= w.size()) {
      return null;
    }
    String t = w.get(i).text();
    if (t.equals("half") && is(w, i + 1, "a") && is(w, i + 2, "dozen")) {
      return new Reading(6, i + 3);
    }
    long total = 0;
    long current;
    int k;
    if (Character.isDigit(t.charAt(0))) {
      if (!FIGURES.matcher(t).matches()) {
        return null;
      }
      if (t.contains(".")) {
        Integer scale = spaced(w, i + 1) ? LARGE_SCALES.get(w.get(i + 1).text()) : null;
        return scale == null
            ? null
            : new Reading((int) Math.round(Double.parseDouble(t) * scale), i + 2);
      }
      current = Long.parseLong(t.replace(",", ""));
      k = i + 1;
    } else if ((t.equals("a") || t.equals("an")) && spaced(w, i + 1) && isScale(w, i + 1)) {
      current = 1;
      k = i + 1;
    } else {
      Reading small = small(w, i);
      if (small == null) {
        return null;
      }
      current = small.value();
      k = small.next();
    }
    while (k < w.size() && spaced(w, k) && current <= LARGEST) {
      String s = w.get(k).text();
      if (s.equals("dozen")) {
        current *= 12;
        k++;
      } else if (s.equals("hundred")) {
        current *= 100;
        k++;
        Reading rest = andSmall(w, k);
        if (rest != null) {
          current += rest.value();
          k = rest.next();
        }
      } else if (LARGE_SCALES.containsKey(s)) {
        total += current * LARGE_SCALES.get(s);
        current = 0;
        k++;
        Reading rest = andSmall(w, k);
        if (rest != null) {
          current = rest.value();
          k = rest.next();
        }
      } else {
        break;
      }
    }
    long value = total + current;
    return value > LARGEST ? null : new Reading((int) value, k);
  }

  /** {@code one} … {@code ninety-nine} in words, with an optional {@code and} before it. */
  private static Reading andSmall(List<Word> w, int k) {
    if (is(w, k, "and") && spaced(w, k + 1)) {
      return small(w, k + 1);
    }
    return k < w.size() && spaced(w, k) ? small(w, k) : null;
  }

  /** {@code seven}, {@code nineteen}, {@code ninety}, {@code ninety-four}, {@code twenty one}. */
  private static Reading small(List<Word> w, int i) {
    if (i >= w.size()) {
      return null;
    }
    String t = w.get(i).text();
    if (UNITS.containsKey(t)) {
      return new Reading(UNITS.get(t), i + 1);
    }
    if (!TENS.containsKey(t)) {
      return null;
    }
    int value = TENS.get(t);
    if (i + 1 < w.size()) {
      Word next = w.get(i + 1);
      Integer unit = UNITS.get(next.text());
      if (unit != null && unit < 10 && (next.before().equals("-") || next.before().isBlank())) {
        return new Reading(value + unit, i + 2);
      }
    }
    return new Reading(value, i + 1);
  }

  private static boolean isScale(List<Word> w, int i) {
    return is(w, i, "dozen") || is(w, i, "hundred") || LARGE_SCALES.containsKey(text(w, i));
  }

  /** Whether word {@code i} exists and only white space separates it from the word before. */
  private static boolean spaced(List<Word> w, int i) {
    return i < w.size() && !w.get(i).before().isEmpty() && w.get(i).before().isBlank();
  }

  private static boolean is(List<Word> w, int i, String text) {
    return text(w, i).equals(text);
  }

  static String text(List<Word> w, int i) {
    return i >= 0 && i < w.size() ? w.get(i).text() : "";
  }
}
