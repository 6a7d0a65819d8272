package org.incidex.mention.date;

import java.util.Set;

/**
 * Words around a candidate date that decide whether it is one, as data (lower case; a cue may be
 * several words). A new cue is a row here and a row in {@code DateCuesTest}.
 */
final class DateCues {
  private DateCues() {}

  /**
   * Words right before a bare year that make it a date ({@code in 2004}, {@code since 2013}).
   * Without one, {@code 2007} in {@code the 2007 surge} or a count such as {@code killing 1994} is
   * not read as a date.
   */
  static final Set<String> YEAR_CUES =
      Set.of(
          "in",
          "since",
          "by",
          "during",
          "until",
          "till",
          "of",
          "from",
          "before",
          "after",
          "early",
          "late",
          "mid",
          "through",
          "throughout",
          "around",
          "circa",
          "year",
          "between",
          "as early as",
          "as late as");

  /**
   * Year cues after which a count is as likely as a year ({@code a crowd of 2000 people}): there
   * the word after the number decides (see {@link #COUNT_NOUNS}).
   */
  static final Set<String> COUNT_PRONE_CUES = Set.of("of", "by", "from", "around", "circa");

  /**
   * Words right before a month name without day or year that make it a date ({@code In August}).
   */
  static final Set<String> MONTH_CUES =
      Set.of(
          "in",
          "since",
          "by",
          "during",
          "until",
          "till",
          "from",
          "before",
          "after",
          "through",
          "throughout",
          "of",
          "last",
          "this",
          "between",
          "as early as",
          "as late as");

  /**
   * Cues that make a lower-case ambiguous month with a day a date ({@code on 2 may}). Not {@code
   * of}: "the toll of 5 may rise". A time of day ({@code the night of 15 march}), an ordinal
   * ({@code 5th may}) or {@code of} between day and month ({@code 15 of march}) is cue enough.
   */
  static final Set<String> DAY_CUES =
      Set.of("on", "since", "until", "till", "by", "from", "between", "before", "after");

  /**
   * Cues that put a date in the background: it bounds or precedes the story rather than dating it
   * ({@code since February 2020}, {@code as early as 2003}). Such a date is no anchor for the
   * year-less and relative dates after it: in the Kabul article, "On 27 August" follows "since
   * February 2020" and still means 2021.
   */
  static final Set<String> BACKGROUND_CUES =
      Set.of("since", "until", "till", "by", "before", "after", "as early as", "as late as");

  /** Words after a four-digit number that make it a clock time ({@code by 2000 GMT}). */
  static final Set<String> TIME_WORDS =
      Set.of(
          "hours", "hrs", "hr", "h", "gmt", "utc", "local", "msk", "est", "edt", "cet", "cest",
          "eat", "pst", "ist");

  /** Nouns without a plural -s after a number that make it a count ({@code 2000 people}). */
  static final Set<String> COUNT_NOUNS =
      Set.of(
          "people",
          "men",
          "women",
          "children",
          "police",
          "personnel",
          "staff",
          "km",
          "kg",
          "feet",
          "head");

  /** Words ending in -s that are no plural noun, so the count check lets them follow a year. */
  static final Set<String> NOT_PLURALS =
      Set.of(
          "as",
          "is",
          "was",
          "has",
          "its",
          "his",
          "this",
          "thus",
          "us",
          "plus",
          "against",
          "across",
          "towards",
          "afterwards",
          "perhaps",
          "always",
          "unless",
          "besides",
          "whereas",
          "versus");

  /**
   * Words before a weekday that make it no day of the week reported on: a named day ({@code Easter
   * Sunday}) or a habit ({@code every Tuesday}).
   */
  static final Set<String> WEEKDAY_BLOCKERS_BEFORE =
      Set.of(
          "easter", "good", "palm", "ash", "holy", "maundy", "black", "bloody", "super", "cyber",
          "every", "each");

  /** Words after a weekday that make it part of a name ({@code Sunday Times}). */
  static final Set<String> WEEKDAY_BLOCKERS_AFTER =
      Set.of(
          "times",
          "telegraph",
          "express",
          "mirror",
          "mail",
          "herald",
          "post",
          "tribune",
          "independent",
          "observer",
          "school");

  /**
   * Words after a day and month without a year that make them a name ({@code the 19 April
   * movement}, Colombia's M-19), not a date.
   */
  static final Set<String> DATE_NAME_WORDS = Set.of("movement");

  /**
   * Hedges before a counted distance ({@code more than three months after}): the distance is not
   * exact, so no date is computed from it.
   */
  static final Set<String> APPROXIMATORS =
      Set.of(
          "more than",
          "over",
          "almost",
          "nearly",
          "about",
          "around",
          "some",
          "at least",
          "less than",
          "fewer than",
          "under",
          "roughly",
          "approximately",
          "up to",
          "within");

  /** Words that open a range: {@code from … to …}, {@code between … and …}. */
  static final Set<String> RANGE_OPENERS = Set.of("from", "between");
}
