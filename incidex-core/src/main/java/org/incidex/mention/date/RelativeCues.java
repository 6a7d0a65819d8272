package org.incidex.mention.date;

import static java.util.Map.entry;
import static org.incidex.mention.date.DateExpression.Reference.NARRATIVE;
import static org.incidex.mention.date.DateExpression.Reference.PUBLICATION;

import java.util.Map;
import java.util.Set;
import org.incidex.mention.date.DateExpression.Reference;
import org.incidex.mention.date.DateExpression.Unit;

/**
 * Relative date phrases as data (lower case): what each counts from and how far. A new phrase is a
 * row here and a row in the relative-date table of {@code DateExtractorTest}.
 */
final class RelativeCues {
  private RelativeCues() {}

  /** Which way a phrase points, and from what. */
  record Direction(int sign, Reference reference) {}

  /** Days from the publication date ({@code yesterday} is -1). */
  static final Map<String, Integer> PUBLICATION_DAYS =
      Map.ofEntries(
          entry("today", 0),
          entry("tonight", 0),
          entry("this morning", 0),
          entry("this afternoon", 0),
          entry("this evening", 0),
          entry("earlier today", 0),
          entry("yesterday", -1),
          entry("last night", -1),
          entry("the day before yesterday", -2),
          entry("tomorrow", 1));

  /** Which calendar period, counted from the publication's ({@code last week} is -1). */
  static final Map<String, Integer> PERIOD_DIRECTIONS = Map.of("last", -1, "this", 0, "next", 1);

  /** Calendar periods after {@code last}, {@code this}, {@code next}. */
  static final Map<String, Unit> PERIODS =
      Map.of(
          "week", Unit.CALENDAR_WEEK,
          "weekend", Unit.WEEKEND,
          "month", Unit.MONTH,
          "year", Unit.YEAR);

  /** Units after a count ({@code two days ago}, {@code a week later}). */
  static final Map<String, Unit> COUNTED_UNITS =
      Map.of(
          "day", Unit.DAY,
          "days", Unit.DAY,
          "week", Unit.WEEK,
          "weeks", Unit.WEEK,
          "month", Unit.MONTH,
          "months", Unit.MONTH,
          "year", Unit.YEAR,
          "years", Unit.YEAR);

  /**
   * Words after a counted or uncounted distance. {@code ago} counts back from the publication date;
   * the others from the story's last dated day. {@code before} and {@code after} take an object
   * when they are prepositions ({@code four days before the raid} dates nothing we know), so they
   * count only at the end of a clause.
   */
  static final Map<String, Direction> DISTANCE_DIRECTIONS =
      Map.of(
          "ago", new Direction(-1, PUBLICATION),
          "earlier", new Direction(-1, NARRATIVE),
          "before", new Direction(-1, NARRATIVE),
          "later", new Direction(1, NARRATIVE),
          "after", new Direction(1, NARRATIVE),
          "afterwards", new Direction(1, NARRATIVE));

  /** Direction words that need a clause end after them (see {@link #DISTANCE_DIRECTIONS}). */
  static final Set<String> PREPOSITIONS = Set.of("before", "after");

  /**
   * Days from the story's last dated day ({@code the next day} is +1). Phrases ending in a
   * preposition count only at the end of a clause ({@code the day before the attack} is relative to
   * an event, not a date).
   */
  static final Map<String, Integer> NARRATIVE_DAYS =
      Map.ofEntries(
          entry("the next day", 1),
          entry("the following day", 1),
          entry("the next morning", 1),
          entry("the following morning", 1),
          entry("the day after", 1),
          entry("the previous day", -1),
          entry("the day before", -1),
          entry("the night before", -1),
          entry("the previous night", -1),
          entry("the same day", 0),
          entry("that same day", 0),
          entry("later that day", 0),
          entry("earlier that day", 0));

  /** Words before an uncounted plural unit ({@code in preceding weeks}, {@code in recent days}). */
  static final Map<String, Direction> STRETCH_WORDS =
      Map.ofEntries(
          entry("preceding", new Direction(-1, NARRATIVE)),
          entry("previous", new Direction(-1, NARRATIVE)),
          entry("prior", new Direction(-1, NARRATIVE)),
          entry("following", new Direction(1, NARRATIVE)),
          entry("ensuing", new Direction(1, NARRATIVE)),
          entry("subsequent", new Direction(1, NARRATIVE)),
          entry("recent", new Direction(-1, PUBLICATION)),
          entry("past", new Direction(-1, PUBLICATION)),
          entry("past few", new Direction(-1, PUBLICATION)),
          entry("last few", new Direction(-1, PUBLICATION)),
          entry("coming", new Direction(1, PUBLICATION)));

  /** Words that make a count vague ({@code a few days ago}, {@code several weeks later}). */
  static final Set<String> VAGUE_COUNTS =
      Set.of("a few", "few", "several", "some", "a couple of", "a number of");

  /**
   * The longest stretch, in days, an uncounted plural unit may cover. The guideline reads "weeks
   * before 26 August 2021" as at most 2021: eight weeks back may cross a month boundary.
   */
  static final Map<String, Integer> STRETCH_DAYS = Map.of("days", 9, "weeks", 56, "months", 335);
}
