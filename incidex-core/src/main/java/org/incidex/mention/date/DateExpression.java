package org.incidex.mention.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a date expression states, before anything is inferred: the scanner builds these from the
 * text, the resolver turns them into dates with the help of the document's anchors.
 */
sealed interface DateExpression {

  /** What a relative expression counts from. */
  enum Reference {
    /** The document's publication date ({@code yesterday}, {@code last week}). */
    PUBLICATION,
    /** The closest earlier day the document dates ({@code the next day}, {@code weeks earlier}). */
    NARRATIVE
  }

  /** The unit of a shift from a reference day. */
  enum Unit {
    /** Exact days: {@code 2 days ago} is the reference minus two. */
    DAY,
    /** Approximate weeks: {@code two weeks ago} is the week centred 14 days back. */
    WEEK,
    /** Monday-to-Sunday weeks: {@code last week}. */
    CALENDAR_WEEK,
    /** Saturday and Sunday of a calendar week: {@code last weekend}. */
    WEEKEND,
    /** Calendar months: {@code last month}, {@code three months ago}. */
    MONTH,
    /** Calendar years: {@code last year}. */
    YEAR
  }

  /**
   * A calendar date as written: a year, a month, a day, any of which may be missing, but at least a
   * month or a year, and a day only with a month ({@code 26 August 2021}, {@code On 27 August},
   * {@code June 2024}, {@code 2004}).
   */
  record CalendarDate(OptionalInt year, Optional<Month> month, OptionalInt day)
      implements DateExpression {
    public CalendarDate {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(day, "day");
      if (month.isEmpty() && (year.isEmpty() || day.isPresent())) {
        throw new IllegalArgumentException("a calendar date needs a month, or a year alone");
      }
    }

    static CalendarDate of(int year, Month month, int day) {
      return new CalendarDate(OptionalInt.of(year), Optional.of(month), OptionalInt.of(day));
    }

    CalendarDate withYear(int newYear) {
      return new CalendarDate(OptionalInt.of(newYear), month, day);
    }
  }

  /** A part of a stated year ({@code early 2014}, {@code the spring of 2016}). */
  record YearPart(int year, DateWords.MonthRange part) implements DateExpression {
    public YearPart {
      Objects.requireNonNull(part, "part");
    }
  }

  /** A decade ({@code the 1980s}); {@code firstYear} ends in 0. */
  record Decade(int firstYear) implements DateExpression {}

  /**
   * A weekday counted from the publication date: {@code direction} 0 is the latest such day on or
   * before it ({@code on Saturday}), -1 the latest strictly before ({@code last Saturday}), +1 the
   * first strictly after ({@code next Saturday}).
   */
  record Weekday(DayOfWeek day, int direction) implements DateExpression {
    public Weekday {
      Objects.requireNonNull(day, "day");
    }
  }

  /** {@code amount} units from a reference day ({@code yesterday}, {@code the next day}). */
  record Shift(Reference reference, Unit unit, int amount) implements DateExpression {
    public Shift {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(unit, "unit");
    }
  }

  /**
   * An uncounted stretch of time before ({@code sign} -1) or after (+1) a reference day, at most
   * {@code maxDays} long ({@code in preceding weeks}, {@code a few days ago}).
   */
  record Stretch(Reference reference, int sign, int maxDays) implements DateExpression {
    public Stretch {
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** From one date to another ({@code 29 June 2014 – 27 October 2019}). */
  record DateRange(DateExpression start, DateExpression end) implements DateExpression {
    public DateRange {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
