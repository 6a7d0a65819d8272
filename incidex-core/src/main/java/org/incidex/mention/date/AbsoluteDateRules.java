package org.incidex.mention.date;

import static org.incidex.mention.date.DatePatterns.compile;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.date.DateExpression.CalendarDate;
import org.incidex.mention.date.DateExpression.DateRange;
import org.incidex.mention.date.DateExpression.Decade;
import org.incidex.mention.date.DateExpression.YearPart;

/**
 * Rules for dates the text states: each a named pattern and a reader that checks the words around a
 * match (see {@link DateCues}) and returns what it states, with its offsets in the scanned text.
 * Ranges between two such dates are joined later, by {@link RangeJoiner}.
 */
final class AbsoluteDateRules {
  private AbsoluteDateRules() {}

  /** An optional year after a day and month: four digits, or two before punctuation. */
  private static final String YEAR_AFTER_DAY =
      "(?:,?{SP}(?:(?<year>{YEAR_OF_MONTH}){END}"
          + "|['’]?(?<yy>\\d{2})(?={OPT_SP}(?:[(),.;:]|{DASH}|$))))?";

  /** An optional time of day before a day, kept in the span: {@code the morning of}. */
  private static final String TIME_OF_DAY_OF =
      "(?:(?:the{SP})?(?:early{SP})?(?:{TIME_OF_DAY}|hours){SP}of{SP})?";

  private static final String CONNECTOR =
      "{OPT_SP}(?<connector>{DASH}|to|and|until|till|through){OPT_SP}";

  private static final Map<String, String> OWN =
      Map.of(
          "YEAR_AFTER_DAY", YEAR_AFTER_DAY,
          "TIME_OF_DAY_OF", TIME_OF_DAY_OF,
          "CONNECTOR", CONNECTOR,
          "OPENER", "(?:(?<opener>from|between){SP})?",
          "NO_NUMBER_AFTER", "(?![.,:/]\\d)");

  /** {@code 2024-01-03}. */
  static final Pattern ISO_DATE =
      compile("{START}(?<year>{YEAR})-(?<month>[01]\\d)-(?<day>[0-3]\\d){END}");

  /**
   * {@code 26 August 2021}, {@code 17 Sep 2024}, {@code 3 jan 90}, {@code the night of 15
   * november}.
   */
  static final Pattern DAY_MONTH_YEAR =
      compile(
          "{TIME_OF_DAY_OF}{START}(?<!\\d[.,:/])(?<day>{DAY}){END}{SP}(?:of{SP})?(?<month>{MONTH})"
              + "{YEAR_AFTER_DAY}",
          OWN);

  /** {@code September 17, 2024}, {@code Sept. 17, 2024}, {@code On April 21}. */
  static final Pattern MONTH_DAY_YEAR =
      compile(
          "{TIME_OF_DAY_OF}{START}(?<month>{MONTH}){SP}(?<day>{DAY}){END}{NO_NUMBER_AFTER}"
              + "(?:,?{SP}(?<year>{YEAR_OF_MONTH}){END})?",
          OWN);

  /** {@code June 2024}, {@code early January 2024}, {@code May of 2011}. */
  static final Pattern MONTH_YEAR =
      compile(
          "{START}(?<part>{PART_PREFIX})?(?<month>{MONTH})(?:{SP}of)?,?{SP}"
              + "(?<year>{YEAR_OF_MONTH}){END}");

  /** {@code In August}, {@code in early January}: a date only after a cue (or in a range). */
  static final Pattern MONTH_ALONE =
      compile("{START}(?<part>{PART_PREFIX})?(?<month>{MONTH_NAME})");

  /** {@code early 2014}, {@code mid-2015}, {@code the spring of 2016}, {@code summer 2019}. */
  static final Pattern PART_OF_YEAR =
      compile(
          "{START}(?:the{SP})?(?<part>{PART_OF_YEAR})(?:{SP}of{SP}|{OPT_SP}{DASH}{OPT_SP}|{SP})"
              + "(?<year>{YEAR}){END}");

  /** {@code the 1980s}, {@code the late 1990s}, {@code the 1970's}. */
  static final Pattern DECADE =
      compile("{START}(?:the{SP})?(?:{PART_PREFIX})?(?<decade>(?:19|20)\\d0)['’]?s{END}");

  /** {@code in 2004}, {@code since 2013}: a date only after a cue (or in a range). */
  static final Pattern BARE_YEAR = compile("{START}(?<!\\d[.,:/])(?<year>{YEAR}){END}");

  /** {@code 21–24 September 2013}, {@code between 10 and 15 May}. */
  static final Pattern DAY_RANGE =
      compile(
          "{START}{OPENER}(?<day1>{DAY}){END}{CONNECTOR}(?<day2>{DAY}){END}{SP}(?:of{SP})?"
              + "(?<month>{MONTH})(?:,?{SP}(?<year>{YEAR_OF_MONTH}){END})?",
          OWN);

  /** {@code September 21–24, 2013}. */
  static final Pattern MONTH_DAY_RANGE =
      compile(
          "{START}{OPENER}(?<month>{MONTH}){SP}(?<day1>{DAY}){END}{CONNECTOR}(?<day2>{DAY}){END}"
              + "{NO_NUMBER_AFTER}(?:,?{SP}(?<year>{YEAR_OF_MONTH}){END})?",
          OWN);

  static List<DateRule> all() {
    return List.of(
        new DateRule("iso date", ISO_DATE, AbsoluteDateRules::isoDate),
        new DateRule("day month year", DAY_MONTH_YEAR, AbsoluteDateRules::dayMonthYear),
        new DateRule("month day year", MONTH_DAY_YEAR, AbsoluteDateRules::monthDayYear),
        new DateRule("month year", MONTH_YEAR, AbsoluteDateRules::monthYear),
        new DateRule("month alone", MONTH_ALONE, AbsoluteDateRules::monthAlone),
        new DateRule("part of year", PART_OF_YEAR, AbsoluteDateRules::partOfYear),
        new DateRule("decade", DECADE, AbsoluteDateRules::decade),
        new DateRule("bare year", BARE_YEAR, AbsoluteDateRules::bareYear),
        new DateRule("day range", DAY_RANGE, AbsoluteDateRules::dayRange),
        new DateRule("month day range", MONTH_DAY_RANGE, AbsoluteDateRules::dayRange));
  }

  private static Optional<Found> isoDate(String rule, Matcher m, String text) {
    int month = Integer.parseInt(m.group("month"));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    CalendarDate date =
        CalendarDate.of(
            Integer.parseInt(m.group("year")), Month.of(month), Integer.parseInt(m.group("day")));
    return Optional.of(Found.of(rule, m.start(), m.end(), date, false, text));
  }

  private static Optional<Found> dayMonthYear(String rule, Matcher m, String text) {
    return dayAndMonth(rule, m, text, m.group("yy"));
  }

  private static Optional<Found> monthDayYear(String rule, Matcher m, String text) {
    return dayAndMonth(rule, m, text, null);
  }

  /**
   * Both day-month orders. A four-digit year before a count noun is a count ({@code On 2 February
   * 2000 people marched}); a lower-case "may" with a day and no year needs a cue before it.
   */
  private static Optional<Found> dayAndMonth(
      String rule, Matcher m, String text, String twoDigitYear) {
    int day = DateWords.dayNumber(m.group("day"));
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    int end = m.end();
    OptionalInt year = OptionalInt.empty();
    if (m.group("year") != null) {
      if (Neighbours.countNounFollows(text, m.end("year"))) {
        end = m.end("month");
      } else {
        year = OptionalInt.of(Integer.parseInt(m.group("year")));
      }
    } else if (twoDigitYear != null) {
      year = OptionalInt.of(DateWords.fullYear(Integer.parseInt(twoDigitYear)));
    }
    String monthWord = m.group("month");
    if (year.isEmpty()
        && DateCues.DATE_NAME_WORDS.contains(DateWords.lower(Neighbours.wordAfter(text, end)))) {
      return Optional.empty();
    }
    int cueAt = Math.min(m.start("day"), m.start("month"));
    boolean weak =
        year.isEmpty()
            && DateWords.isWeakMonthWord(monthWord)
            && !dayShapedLikeADate(m)
            && Neighbours.cueBefore(text, cueAt, DateCues.DAY_CUES).isEmpty();
    CalendarDate date = new CalendarDate(year, DateWords.month(monthWord), OptionalInt.of(day));
    return Optional.of(Found.of(rule, m.start(), end, date, weak, text));
  }

  /** A time of day before it, an ordinal day, or {@code of} between day and month. */
  private static boolean dayShapedLikeADate(Matcher m) {
    String between =
        m.start("day") < m.start("month")
            ? m.group().substring(m.end("day") - m.start(), m.start("month") - m.start())
            : "";
    return m.start() < Math.min(m.start("day"), m.start("month"))
        || !Character.isDigit(m.group("day").charAt(m.group("day").length() - 1))
        || DateWords.lower(between).contains("of");
  }

  private static Optional<Found> monthYear(String rule, Matcher m, String text) {
    if (Neighbours.countNounFollows(text, m.end("year"))) {
      return Optional.empty();
    }
    CalendarDate date =
        new CalendarDate(
            OptionalInt.of(Integer.parseInt(m.group("year"))),
            DateWords.month(m.group("month")),
            OptionalInt.empty());
    return Optional.of(Found.of(rule, m.start(), m.end(), date, false, text));
  }

  private static Optional<Found> monthAlone(String rule, Matcher m, String text) {
    String monthWord = m.group("month");
    boolean cued =
        m.group("part") != null
            || Neighbours.cueBefore(text, m.start(), DateCues.MONTH_CUES).isPresent();
    boolean fragment = !cued || DateWords.isWeakMonthWord(monthWord);
    CalendarDate date =
        new CalendarDate(OptionalInt.empty(), DateWords.month(monthWord), OptionalInt.empty());
    return Optional.of(Found.of(rule, m.start(), m.end(), date, fragment, text));
  }

  private static Optional<Found> partOfYear(String rule, Matcher m, String text) {
    String part = DateWords.lower(m.group("part")).replaceAll("\\s+", " ");
    YearPart date =
        new YearPart(Integer.parseInt(m.group("year")), DateWords.PARTS_OF_YEAR.get(part));
    return Optional.of(Found.of(rule, m.start(), m.end(), date, false, text));
  }

  private static Optional<Found> decade(String rule, Matcher m, String text) {
    Decade date = new Decade(Integer.parseInt(m.group("decade")));
    return Optional.of(Found.of(rule, m.start(), m.end(), date, false, text));
  }

  /**
   * A year alone: never a clock time ({@code by 2000 GMT}) or money ({@code $2000}); after a cue
   * that also takes counts ({@code of}), not before a plural noun; without a cue, a fragment.
   */
  private static Optional<Found> bareYear(String rule, Matcher m, String text) {
    int start = m.start();
    if (start > 0 && "$€£#".indexOf(text.charAt(start - 1)) >= 0
        || Neighbours.timeFollows(text, m.end())) {
      return Optional.empty();
    }
    Optional<String> cue = Neighbours.cueBefore(text, start, DateCues.YEAR_CUES);
    boolean countProne = cue.isEmpty() || DateCues.COUNT_PRONE_CUES.contains(cue.get());
    if (countProne && Neighbours.countFollows(text, m.end())) {
      return Optional.empty();
    }
    CalendarDate date =
        new CalendarDate(
            OptionalInt.of(Integer.parseInt(m.group("year"))),
            Optional.empty(),
            OptionalInt.empty());
    boolean namesAnEvent = EVENT_AFTER.matcher(text.substring(m.end())).find();
    return Optional.of(Found.of(rule, start, m.end(), date, cue.isEmpty() && !namesAnEvent, text));
  }

  /** "the 1998 bombing", "the 2014 Lamu attacks": a year that dates the event it modifies. */
  private static final java.util.regex.Pattern EVENT_AFTER =
      java.util.regex.Pattern.compile(
          "^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:bombings?|attacks?|siege|massacre"
              + "|blasts?|explosions?|shootings?|assault|kidnapping|hijacking|assassination)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Two days of one month: {@code and} only after {@code between}, the first day first. */
  private static Optional<Found> dayRange(String rule, Matcher m, String text) {
    String opener = m.group("opener") == null ? "" : DateWords.lower(m.group("opener"));
    boolean and = DateWords.lower(m.group("connector")).equals("and");
    int first = DateWords.dayNumber(m.group("day1"));
    int last = DateWords.dayNumber(m.group("day2"));
    if (and != opener.equals("between") || first < 1 || last > 31 || first >= last) {
      return Optional.empty();
    }
    OptionalInt year =
        m.group("year") == null || Neighbours.countNounFollows(text, m.end("year"))
            ? OptionalInt.empty()
            : OptionalInt.of(Integer.parseInt(m.group("year")));
    int end = year.isPresent() || m.group("year") == null ? m.end() : m.end("month");
    String monthWord = m.group("month");
    boolean weak =
        year.isEmpty()
            && opener.isEmpty()
            && DateWords.isWeakMonthWord(monthWord)
            && Neighbours.cueBefore(text, m.start(), DateCues.DAY_CUES).isEmpty();
    Optional<Month> month = DateWords.month(monthWord);
    DateRange range =
        new DateRange(
            new CalendarDate(year, month, OptionalInt.of(first)),
            new CalendarDate(year, month, OptionalInt.of(last)));
    return Optional.of(Found.of(rule, m.start(), end, range, weak, text));
  }
}
