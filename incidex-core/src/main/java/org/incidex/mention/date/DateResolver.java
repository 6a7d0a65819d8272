package org.incidex.mention.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalInt;
import org.incidex.mention.date.DateExpression.CalendarDate;
import org.incidex.mention.date.DateExpression.DateRange;
import org.incidex.mention.date.DateExpression.Decade;
import org.incidex.mention.date.DateExpression.Reference;
import org.incidex.mention.date.DateExpression.Shift;
import org.incidex.mention.date.DateExpression.Stretch;
import org.incidex.mention.date.DateExpression.Weekday;
import org.incidex.mention.date.DateExpression.YearPart;
import org.incidex.model.DateValue;

/**
 * Stage inside date extraction: places what an expression states on the calendar, with the anchors
 * the document gives it. Reads one {@link DateExpression} and the {@link DateAnchors} in force
 * where it stands; returns its date at the precision the text supports, or nothing when the text
 * does not place it. It never sees text, so offsets are the caller's.
 *
 * <ul>
 *   <li>No day or month is invented; a relative interval is given at the finest precision that
 *       covers all of it ({@code last week} on 2022-10-29 is 17–23 October, so {@code 2022-10}).
 *   <li>A day or month without a year takes, in order: the year of the same day stated earlier; the
 *       narrative year; the publication year (the year before, if the month or day lies after the
 *       publication's). With none of these it is not placed (the guidelines' {@code null}).
 *   <li>Weekdays and phrases such as {@code yesterday} need a publication date; {@code the next
 *       day} needs an earlier placed day. Without them: nothing.
 * </ul>
 */
final class DateResolver {

  Optional<ResolvedDate> resolve(DateExpression e, DateAnchors anchors) {
    if (e instanceof CalendarDate c) {
      return calendar(c, anchors);
    }
    if (e instanceof YearPart p) {
      return Optional.of(
          ResolvedDate.stated(
              DateValue.partOfYear(
                  p.year(), p.part().first().getValue(), p.part().last().getValue())));
    }
    if (e instanceof Decade d) {
      return Optional.of(ResolvedDate.stated(DateValue.decade(d.firstYear())));
    }
    if (e instanceof Weekday w) {
      return anchors
          .published()
          .map(p -> DateValue.day(weekday(w, p)))
          .map(ResolvedDate::fromPublication);
    }
    if (e instanceof Shift s) {
      return reference(s.reference(), anchors)
          .flatMap(r -> shift(s, r))
          .map(v -> relative(v, s.reference()));
    }
    if (e instanceof Stretch s) {
      return reference(s.reference(), anchors)
          .flatMap(r -> stretch(s, r))
          .map(v -> relative(v, s.reference()));
    }
    if (e instanceof DateRange r) {
      return range(r, anchors);
    }
    throw new IllegalArgumentException("no resolution for " + e);
  }

  private static Optional<ResolvedDate> calendar(CalendarDate c, DateAnchors a) {
    if (c.year().isPresent()) {
      return value(c.year().getAsInt(), c.month(), c.day()).map(ResolvedDate::stated);
    }
    Month month = c.month().orElseThrow();
    if (c.day().isPresent() && c.day().getAsInt() <= month.maxLength()) {
      Integer year = a.statedDays().get(MonthDay.of(month, c.day().getAsInt()));
      if (year != null) {
        return value(year, c.month(), c.day()).map(ResolvedDate::fromNarrative);
      }
    }
    if (a.narrativeYear().isPresent()) {
      return value(a.narrativeYear().getAsInt(), c.month(), c.day())
          .map(ResolvedDate::fromNarrative);
    }
    if (a.published().isPresent()) {
      LocalDate p = a.published().get();
      boolean afterPublication =
          month.getValue() > p.getMonthValue()
              || month.getValue() == p.getMonthValue() && c.day().orElse(1) > p.getDayOfMonth();
      int year = p.getYear() - (afterPublication ? 1 : 0);
      return value(year, c.month(), c.day()).map(ResolvedDate::fromPublication);
    }
    return Optional.empty();
  }

  /** A year with an optional month and day; nothing if the day does not exist (30 February). */
  static Optional<DateValue> value(int year, Optional<Month> month, OptionalInt day) {
    if (month.isEmpty()) {
      return Optional.of(DateValue.year(year));
    }
    int m = month.get().getValue();
    if (day.isEmpty()) {
      return Optional.of(DateValue.month(year, m));
    }
    return YearMonth.of(year, m).isValidDay(day.getAsInt())
        ? Optional.of(DateValue.day(year, m, day.getAsInt()))
        : Optional.empty();
  }

  static LocalDate weekday(Weekday w, LocalDate published) {
    DayOfWeek day = w.day();
    if (w.direction() > 0) {
      return published.with(TemporalAdjusters.next(day));
    }
    return w.direction() < 0
        ? published.with(TemporalAdjusters.previous(day))
        : published.with(TemporalAdjusters.previousOrSame(day));
  }

  private static Optional<LocalDate> reference(Reference reference, DateAnchors a) {
    return reference == Reference.PUBLICATION ? a.published() : a.lastDay();
  }

  private static ResolvedDate relative(DateValue value, Reference reference) {
    return reference == Reference.NARRATIVE
        ? ResolvedDate.fromNarrative(value)
        : ResolvedDate.fromPublication(value);
  }

  private static Optional<DateValue> shift(Shift s, LocalDate from) {
    int n = s.amount();
    LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
    return switch (s.unit()) {
      case DAY -> Optional.of(DateValue.day(from.plusDays(n)));
      case WEEK -> cover(from.plusWeeks(n).minusDays(3), from.plusWeeks(n).plusDays(3));
      case CALENDAR_WEEK -> cover(monday, monday.plusDays(6));
      case WEEKEND -> cover(monday.plusDays(5), monday.plusDays(6));
      case MONTH -> {
        YearMonth ym = YearMonth.from(from).plusMonths(n);
        yield Optional.of(DateValue.month(ym.getYear(), ym.getMonthValue()));
      }
      case YEAR -> Optional.of(DateValue.year(from.getYear() + n));
    };
  }

  private static Optional<DateValue> stretch(Stretch s, LocalDate from) {
    return s.sign() < 0
        ? cover(from.minusDays(s.maxDays()), from.minusDays(1))
        : cover(from.plusDays(1), from.plusDays(s.maxDays()));
  }

  /**
   * The finest date that covers {@code first..last}: that day, their month, their year; nothing if
   * they lie in different years.
   */
  static Optional<DateValue> cover(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return Optional.of(DateValue.day(first));
    }
    if (YearMonth.from(first).equals(YearMonth.from(last))) {
      return Optional.of(DateValue.month(first.getYear(), first.getMonthValue()));
    }
    return first.getYear() == last.getYear()
        ? Optional.of(DateValue.year(first.getYear()))
        : Optional.empty();
  }

  private Optional<ResolvedDate> range(DateRange r, DateAnchors anchors) {
    Optional<ResolvedDate> start = resolve(r.start(), anchors);
    Optional<ResolvedDate> end = resolve(r.end(), anchors);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    ResolvedDate s = start.get();
    ResolvedDate e = end.get();
    if (e.value().last().isBefore(s.value().first())) {
      return Optional.empty();
    }
    return Optional.of(
        new ResolvedDate(
            s.value(),
            Optional.of(e.value()),
            s.relative() || e.relative(),
            s.yearFromText() && e.yearFromText()));
  }
}
