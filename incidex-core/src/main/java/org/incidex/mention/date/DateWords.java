package org.incidex.mention.date;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calendar words as data, in lower case: month and weekday names, parts of the year, times of day
 * and number words. A new spelling is a row here and a row in {@code DateWordsTest}.
 */
final class DateWords {
  private DateWords() {}

  /** Months of the year, inclusive; a part of the year is one such range. */
  record MonthRange(Month first, Month last) {}

  static final Map<String, Month> MONTH_NAMES =
      Map.ofEntries(
          entry("january", JANUARY),
          entry("february", FEBRUARY),
          entry("march", MARCH),
          entry("april", APRIL),
          entry("may", MAY),
          entry("june", JUNE),
          entry("july", JULY),
          entry("august", AUGUST),
          entry("september", SEPTEMBER),
          entry("october", OCTOBER),
          entry("november", NOVEMBER),
          entry("december", DECEMBER));

  /** Abbreviations ({@code Sept. 17}, {@code 3 jan 90}): they count only next to a day or year. */
  static final Map<String, Month> MONTH_ABBREVIATIONS =
      Map.ofEntries(
          entry("jan", JANUARY),
          entry("feb", FEBRUARY),
          entry("mar", MARCH),
          entry("apr", APRIL),
          entry("jun", JUNE),
          entry("jul", JULY),
          entry("aug", AUGUST),
          entry("sep", SEPTEMBER),
          entry("sept", SEPTEMBER),
          entry("oct", OCTOBER),
          entry("nov", NOVEMBER),
          entry("dec", DECEMBER));

  /**
   * Month words that are also common English words ("may" the verb, "march" the verb or noun).
   * Written in lower case they are a date only with a year, or with a day and a cue before it
   * ({@code on 2 may}); a capital letter is evidence enough.
   */
  static final Set<String> AMBIGUOUS_MONTH_WORDS = Set.of("may", "march", "mar");

  /** Full weekday names only: {@code sun}, {@code sat}, {@code wed} are too often words. */
  static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          entry("monday", DayOfWeek.MONDAY),
          entry("tuesday", DayOfWeek.TUESDAY),
          entry("wednesday", DayOfWeek.WEDNESDAY),
          entry("thursday", DayOfWeek.THURSDAY),
          entry("friday", DayOfWeek.FRIDAY),
          entry("saturday", DayOfWeek.SATURDAY),
          entry("sunday", DayOfWeek.SUNDAY));

  /** Times of day that may follow a weekday or a relative day ({@code Thursday morning}). */
  static final Set<String> TIMES_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  /**
   * Parts of a year. {@code early}, {@code mid} and {@code late} split the year in thirds, as
   * {@link org.incidex.model.DateValue} documents; seasons are the northern meteorological ones. A
   * winter touches two years, so {@code winter 2019} covers all of 2019: the interval then holds
   * whichever winter the text means, and the exported year stays the one written.
   */
  static final Map<String, MonthRange> PARTS_OF_YEAR =
      Map.ofEntries(
          entry("early", new MonthRange(JANUARY, APRIL)),
          entry("beginning", new MonthRange(JANUARY, APRIL)),
          entry("start", new MonthRange(JANUARY, APRIL)),
          entry("mid", new MonthRange(MAY, AUGUST)),
          entry("middle", new MonthRange(MAY, AUGUST)),
          entry("late", new MonthRange(SEPTEMBER, DECEMBER)),
          entry("end", new MonthRange(SEPTEMBER, DECEMBER)),
          entry("spring", new MonthRange(MARCH, MAY)),
          entry("summer", new MonthRange(JUNE, AUGUST)),
          entry("autumn", new MonthRange(SEPTEMBER, NOVEMBER)),
          entry("fall", new MonthRange(SEPTEMBER, NOVEMBER)),
          entry("winter", new MonthRange(JANUARY, DECEMBER)),
          entry("first half", new MonthRange(JANUARY, JUNE)),
          entry("second half", new MonthRange(JULY, DECEMBER)));

  /** Words that split a month ({@code early January}); the date stays at MONTH precision. */
  static final Set<String> PARTS_OF_MONTH = Set.of("early", "mid", "late");

  /** Counts of days, weeks, months and years ({@code two days ago}, {@code a day later}). */
  static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          entry("a", 1),
          entry("an", 1),
          entry("one", 1),
          entry("two", 2),
          entry("three", 3),
          entry("four", 4),
          entry("five", 5),
          entry("six", 6),
          entry("seven", 7),
          entry("eight", 8),
          entry("nine", 9),
          entry("ten", 10),
          entry("eleven", 11),
          entry("twelve", 12),
          entry("fifteen", 15),
          entry("twenty", 20),
          entry("thirty", 30));

  /** The month a name or abbreviation stands for, ignoring case and a final period. */
  static Optional<Month> month(String word) {
    String w = lower(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    Month m = MONTH_NAMES.get(w);
    return Optional.ofNullable(m != null ? m : MONTH_ABBREVIATIONS.get(w));
  }

  /** Whether a month word as written needs more than itself to be a date (lower-case "may"). */
  static boolean isWeakMonthWord(String written) {
    return Character.isLowerCase(written.charAt(0))
        && AMBIGUOUS_MONTH_WORDS.contains(lower(written).replace(".", ""));
  }

  /** The day of a month as written, without its ordinal suffix ({@code 21st} is 21). */
  static int dayNumber(String written) {
    int end = 0;
    while (end < written.length() && Character.isDigit(written.charAt(end))) {
      end++;
    }
    return Integer.parseInt(written.substring(0, end));
  }

  /** A count written in digits or words ({@code 2}, {@code two}, {@code a}). */
  static int number(String written) {
    String w = lower(written);
    Integer n = NUMBERS.get(w);
    return n != null ? n : Integer.parseInt(w);
  }

  /**
   * The year a two-digit year stands for, by POSIX {@code strptime %y}: 69–99 are 1969–1999, 00–68
   * are 2000–2068. MUC-4 wires write {@code 3 jan 90}.
   */
  static int fullYear(int twoDigits) {
    return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
