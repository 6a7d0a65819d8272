package org.incidex.mention.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.date.DateExpression.CalendarDate;
import org.incidex.mention.date.DateExpression.DateRange;
import org.incidex.mention.date.DateExpression.Decade;
import org.incidex.mention.date.DateExpression.YearPart;

/**
 * Joins two stated dates with a connector between them into one range: {@code 29 June 2014 – 27
 * October 2019}, {@code from 2011 to 2012}, {@code between June and August 2024}. Reads the found
 * expressions of one text in order and returns them with each pair replaced by one range whose
 * offsets run from the opener ({@code from}, {@code between}; else the first date) to the end of
 * the second date.
 *
 * <p>A pair needs a reason to be a range: an opener, parentheses around it, or at least one side
 * that is a date on its own. So {@code from 2011 to 2012} and {@code (2014–2019)} are ranges, and
 * {@code 1500–2000 people} is not. {@code and} connects only after {@code between}. A side with no
 * year takes the other side's ({@code from June to August 2024}), one earlier if its month would
 * otherwise come after the other's ({@code from December to February 2024}).
 */
final class RangeJoiner {
  private RangeJoiner() {}

  /** What may stand between the two dates of a range. */
  static final Pattern CONNECTOR =
      DatePatterns.compile("{OPT_SP}(?<connector>{DASH}|to|until|till|through|and){OPT_SP}");

  static List<Found> join(String text, List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Optional<Found> range =
          i + 1 < found.size() ? pair(text, found.get(i), found.get(i + 1)) : Optional.empty();
      if (range.isPresent()) {
        out.add(range.get());
        i++;
      } else {
        out.add(found.get(i));
      }
    }
    return out;
  }

  private static Optional<Found> pair(String text, Found first, Found second) {
    if (!joinable(first.expression()) || !joinable(second.expression())) {
      return Optional.empty();
    }
    Matcher c = CONNECTOR.matcher(text.substring(first.end(), second.start()));
    if (!c.matches()) {
      return Optional.empty();
    }
    Optional<String> opener = Neighbours.cueBefore(text, first.start(), DateCues.RANGE_OPENERS);
    boolean and = DateWords.lower(c.group("connector")).equals("and");
    if (and != opener.filter("between"::equals).isPresent()) {
      return Optional.empty();
    }
    boolean reason =
        opener.isPresent()
            || !first.fragment()
            || !second.fragment()
            || Neighbours.parenthesised(text, first.start(), second.end());
    if (!reason) {
      return Optional.empty();
    }
    DateExpression start = first.expression();
    DateExpression end = second.expression();
    if (start instanceof CalendarDate s && end instanceof CalendarDate e) {
      start = withYearOf(s, e, -1);
      end = withYearOf(e, s, 1);
      if (after((CalendarDate) start, (CalendarDate) end)) {
        return Optional.empty();
      }
    }
    int from =
        opener.isPresent()
            ? Neighbours.cueStart(text, first.start(), DateCues.RANGE_OPENERS).orElseThrow()
            : first.start();
    return Optional.of(
        Found.of("range", from, second.end(), new DateRange(start, end), false, text));
  }

  private static boolean joinable(DateExpression e) {
    return e instanceof CalendarDate || e instanceof YearPart || e instanceof Decade;
  }

  /**
   * {@code date} with the year of {@code other} if it has none; {@code towardOther} -1 when date is
   * the start (a start month after the end month is in the year before), +1 when it is the end.
   */
  private static CalendarDate withYearOf(CalendarDate date, CalendarDate other, int towardOther) {
    if (date.year().isPresent() || other.year().isEmpty()) {
      return date;
    }
    int year = other.year().getAsInt();
    if (date.month().isPresent() && other.month().isPresent()) {
      int cmp = date.month().get().compareTo(other.month().get());
      if (towardOther < 0 && cmp > 0 || towardOther > 0 && cmp < 0) {
        year += towardOther;
      }
    }
    return date.withYear(year);
  }

  /** Whether a start with a year lies after an end with a year. */
  private static boolean after(CalendarDate start, CalendarDate end) {
    if (start.year().isEmpty() || end.year().isEmpty()) {
      return false;
    }
    return key(start) > key(end);
  }

  private static long key(CalendarDate d) {
    int month = d.month().map(m -> m.getValue()).orElse(1);
    return d.year().getAsInt() * 10_000L + month * 100L + d.day().orElse(1);
  }
}
