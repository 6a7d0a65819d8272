package org.incidex.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precise as the text makes it: the interval {@code first..last} (inclusive) that the
 * expression covers, and its precision. {@code January 2024} is 2024-01-01..2024-01-31 at MONTH;
 * {@code early 2014} is 2014-01-01..2014-04-30 at PART_OF_YEAR.
 */
public record DateValue(LocalDate first, LocalDate last, Precision precision) {
  public DateValue {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(precision, "precision");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "date interval ends before it starts: " + first + ".." + last);
    }
  }

  public static DateValue day(LocalDate d) {
    return new DateValue(d, d, Precision.DAY);
  }

  public static DateValue day(int year, int month, int day) {
    return day(LocalDate.of(year, month, day));
  }

  public static DateValue month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new DateValue(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
  }

  public static DateValue year(int year) {
    return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
  }

  /**
   * A part of one year, {@code firstMonth..lastMonth} inclusive (1 = January): {@code early 2014}
   * is {@code partOfYear(2014, 1, 4)}. Both months lie in {@code year}, so {@link #iso()} gives it.
   */
  public static DateValue partOfYear(int year, int firstMonth, int lastMonth) {
    return new DateValue(
        LocalDate.of(year, firstMonth, 1),
        YearMonth.of(year, lastMonth).atEndOfMonth(),
        Precision.PART_OF_YEAR);
  }

  /** The ten years from {@code firstYear} ({@code the 1980s} is {@code decade(1980)}). */
  public static DateValue decade(int firstYear) {
    return new DateValue(
        LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), Precision.DECADE);
  }

  /**
   * ISO 8601 at this precision: {@code 2024-01-03}, {@code 2024-01} or {@code 2024}; empty for a
   * decade, which ISO dates cannot say.
   */
  public Optional<String> iso() {
    return switch (precision) {
      case DAY -> Optional.of(first.toString());
      case MONTH -> Optional.of(YearMonth.from(first).toString());
      case PART_OF_YEAR, YEAR -> Optional.of(Integer.toString(first.getYear()));
      case DECADE -> Optional.empty();
    };
  }

  /** Whether the two could be the same day (their intervals overlap). */
  public boolean compatibleWith(DateValue other) {
    return !last.isBefore(other.first) && !other.last.isBefore(first);
  }

  /** True when this is strictly more precise than {@code other}. */
  public boolean finerThan(DateValue other) {
    return precision.ordinal() < other.precision.ordinal();
  }

  @Override
  public String toString() {
    return iso().orElse(first.getYear() / 10 * 10 + "s");
  }
}
