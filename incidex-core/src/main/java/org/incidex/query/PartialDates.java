package org.incidex.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.model.DateValue;

/**
 * Reads the dates a user gives to {@code --since} and {@code --until}: {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD}, each the interval it names at its precision ({@code 2020-01} is
 * 2020-01-01..2020-01-31).
 */
public final class PartialDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private PartialDates() {}

  /**
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static DateValue parse(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return DateValue.year(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date: there is no month " + month + "; expected YYYY-MM");
    }
    if (m.group(3) == null) {
      return DateValue.month(year, month);
    }
    int day = Integer.parseInt(m.group(3));
    YearMonth ym = YearMonth.of(year, month);
    if (!ym.isValidDay(day)) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a date: "
              + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has no day "
              + day);
    }
    return DateValue.day(LocalDate.of(year, month, day));
  }
}
