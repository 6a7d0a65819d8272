package org.incidex.mention.date;

import static org.incidex.mention.date.DatePatterns.alternation;
import static org.incidex.mention.date.DatePatterns.compile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.date.DateExpression.Reference;
import org.incidex.mention.date.DateExpression.Shift;
import org.incidex.mention.date.DateExpression.Stretch;
import org.incidex.mention.date.DateExpression.Unit;
import org.incidex.mention.date.DateExpression.Weekday;
import org.incidex.mention.date.RelativeCues.Direction;

/**
 * Rules for dates the text gives relative to the publication date or to the story's last dated day:
 * each a named pattern and a reader that checks the words around the match and returns what it
 * states (not yet the date: that needs the anchors, see {@link DateResolver}), with its offsets in
 * the scanned text.
 */
final class RelativeDateRules {
  private RelativeDateRules() {}

  /** The relative-phrase tables as pattern pieces. */
  private static final Map<String, String> OWN =
      Map.ofEntries(
          Map.entry("PUBLICATION_DAYS", alternation(RelativeCues.PUBLICATION_DAYS.keySet())),
          Map.entry("PERIOD_DIRECTIONS", alternation(RelativeCues.PERIOD_DIRECTIONS.keySet())),
          Map.entry("PERIODS", alternation(RelativeCues.PERIODS.keySet())),
          Map.entry("COUNTED_UNITS", alternation(RelativeCues.COUNTED_UNITS.keySet())),
          Map.entry("DIRECTIONS", alternation(RelativeCues.DISTANCE_DIRECTIONS.keySet())),
          Map.entry("NARRATIVE_DAYS", alternation(RelativeCues.NARRATIVE_DAYS.keySet())),
          Map.entry("STRETCH_WORDS", alternation(RelativeCues.STRETCH_WORDS.keySet())),
          Map.entry("VAGUE_COUNTS", alternation(RelativeCues.VAGUE_COUNTS)),
          Map.entry("PLURAL_UNITS", alternation(RelativeCues.STRETCH_DAYS.keySet())));

  /** {@code on Saturday}, {@code Thursday morning}, {@code last Friday}. */
  static final Pattern WEEKDAY_NAME =
      compile(
          "{START}(?:(?<direction>last|next|this|early|late){SP})?(?<weekday>{WEEKDAY})"
              + "(?:{SP}{TIME_OF_DAY}{END})?");

  /** {@code today}, {@code yesterday morning}, {@code last night}. */
  static final Pattern PUBLICATION_DAY =
      compile("{START}(?<phrase>{PUBLICATION_DAYS})(?:{SP}{TIME_OF_DAY})?{END}", OWN);

  /** {@code last week}, {@code this year}, {@code last month}. */
  static final Pattern CALENDAR_PERIOD =
      compile("{START}(?<direction>{PERIOD_DIRECTIONS}){SP}(?<period>{PERIODS}){END}", OWN);

  /** {@code 2 days ago}, {@code two days later}, {@code a week earlier}. */
  static final Pattern COUNTED_DISTANCE =
      compile(
          "{START}(?<count>{COUNT}){SP}(?<unit>{COUNTED_UNITS}){SP}(?<direction>{DIRECTIONS}){END}",
          OWN);

  /** {@code the next day}, {@code the following day}, {@code the day before}. */
  static final Pattern NARRATIVE_DAY = compile("{START}(?<phrase>{NARRATIVE_DAYS}){END}", OWN);

  /** {@code in preceding weeks}, {@code in recent days}, {@code the following weeks}. */
  static final Pattern STRETCH =
      compile("{START}(?:the{SP})?(?<which>{STRETCH_WORDS}){SP}(?<unit>{PLURAL_UNITS}){END}", OWN);

  /** {@code weeks earlier}, {@code a few days ago}, {@code several weeks later}. */
  static final Pattern VAGUE_DISTANCE =
      compile(
          "{START}(?:{VAGUE_COUNTS}{SP})?(?<unit>{PLURAL_UNITS}){SP}(?<direction>{DIRECTIONS}){END}",
          OWN);

  static List<DateRule> all() {
    return List.of(
        new DateRule("weekday", WEEKDAY_NAME, RelativeDateRules::weekday),
        new DateRule("publication day", PUBLICATION_DAY, RelativeDateRules::publicationDay),
        new DateRule("calendar period", CALENDAR_PERIOD, RelativeDateRules::calendarPeriod),
        new DateRule("counted distance", COUNTED_DISTANCE, RelativeDateRules::countedDistance),
        new DateRule("narrative day", NARRATIVE_DAY, RelativeDateRules::narrativeDay),
        new DateRule("stretch", STRETCH, RelativeDateRules::stretch),
        new DateRule("vague distance", VAGUE_DISTANCE, RelativeDateRules::vagueDistance));
  }

  /** Not a named day ({@code Easter Sunday}), a habit ({@code every Tuesday}) or a title. */
  private static Optional<Found> weekday(String rule, Matcher m, String text) {
    String direction = m.group("direction") == null ? "" : DateWords.lower(m.group("direction"));
    if (direction.isEmpty()
            && DateCues.WEEKDAY_BLOCKERS_BEFORE.contains(Neighbours.wordBefore(text, m.start()))
        || DateCues.WEEKDAY_BLOCKERS_AFTER.contains(
            DateWords.lower(Neighbours.wordAfter(text, m.end("weekday"))))) {
      return Optional.empty();
    }
    int sign = direction.equals("last") ? -1 : direction.equals("next") ? 1 : 0;
    Weekday day = new Weekday(DateWords.WEEKDAYS.get(DateWords.lower(m.group("weekday"))), sign);
    return Optional.of(Found.of(rule, m.start(), m.end(), day, false, text));
  }

  private static Optional<Found> publicationDay(String rule, Matcher m, String text) {
    int days = RelativeCues.PUBLICATION_DAYS.get(phrase(m.group("phrase")));
    Shift shift = new Shift(Reference.PUBLICATION, Unit.DAY, days);
    return Optional.of(Found.of(rule, m.start(), m.end(), shift, false, text));
  }

  /** Not after {@code the}: {@code over the last year} is the past twelve months. */
  private static Optional<Found> calendarPeriod(String rule, Matcher m, String text) {
    if (Neighbours.wordBefore(text, m.start()).equals("the")) {
      return Optional.empty();
    }
    Shift shift =
        new Shift(
            Reference.PUBLICATION,
            RelativeCues.PERIODS.get(DateWords.lower(m.group("period"))),
            RelativeCues.PERIOD_DIRECTIONS.get(DateWords.lower(m.group("direction"))));
    return Optional.of(Found.of(rule, m.start(), m.end(), shift, false, text));
  }

  /** Exact distances only: not hedged ({@code nearly two weeks later}), not before an object. */
  private static Optional<Found> countedDistance(String rule, Matcher m, String text) {
    String directionWord = DateWords.lower(m.group("direction"));
    if (Neighbours.cueBefore(text, m.start(), DateCues.APPROXIMATORS).isPresent()
        || !endsClauseIfPreposition(directionWord, text, m.end())) {
      return Optional.empty();
    }
    Direction direction = RelativeCues.DISTANCE_DIRECTIONS.get(directionWord);
    Shift shift =
        new Shift(
            direction.reference(),
            RelativeCues.COUNTED_UNITS.get(DateWords.lower(m.group("unit"))),
            direction.sign() * DateWords.number(m.group("count")));
    return Optional.of(Found.of(rule, m.start(), m.end(), shift, false, text));
  }

  private static Optional<Found> narrativeDay(String rule, Matcher m, String text) {
    String phrase = phrase(m.group("phrase"));
    String lastWord = phrase.substring(phrase.lastIndexOf(' ') + 1);
    if (!endsClauseIfPreposition(lastWord, text, m.end())) {
      return Optional.empty();
    }
    Shift shift = new Shift(Reference.NARRATIVE, Unit.DAY, RelativeCues.NARRATIVE_DAYS.get(phrase));
    return Optional.of(Found.of(rule, m.start(), m.end(), shift, false, text));
  }

  private static Optional<Found> stretch(String rule, Matcher m, String text) {
    Direction direction = RelativeCues.STRETCH_WORDS.get(phrase(m.group("which")));
    return Optional.of(stretchFound(rule, m, text, direction));
  }

  private static Optional<Found> vagueDistance(String rule, Matcher m, String text) {
    String directionWord = DateWords.lower(m.group("direction"));
    if (!endsClauseIfPreposition(directionWord, text, m.end())) {
      return Optional.empty();
    }
    Direction direction = RelativeCues.DISTANCE_DIRECTIONS.get(directionWord);
    return Optional.of(stretchFound(rule, m, text, direction));
  }

  private static Found stretchFound(String rule, Matcher m, String text, Direction direction) {
    int maxDays = RelativeCues.STRETCH_DAYS.get(DateWords.lower(m.group("unit")));
    Stretch stretch = new Stretch(direction.reference(), direction.sign(), maxDays);
    return Found.of(rule, m.start(), m.end(), stretch, false, text);
  }

  /**
   * {@code before} and {@code after} with an object date an event, not a day we know ({@code four
   * days before the raid}); they count only where the clause ends.
   */
  private static boolean endsClauseIfPreposition(String word, String text, int end) {
    return !RelativeCues.PREPOSITIONS.contains(word) || Neighbours.clauseEndsAt(text, end);
  }

  /** A matched phrase in the form of its table key: lower case, single spaces. */
  private static String phrase(String written) {
    return DateWords.lower(written).replaceAll("\\s+", " ");
  }
}
