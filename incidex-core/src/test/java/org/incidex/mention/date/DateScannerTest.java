package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidex.mention.date.DateExpression.CalendarDate;
import org.incidex.mention.date.DateExpression.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateScannerTest {
  private final DateScanner scanner = new DateScanner();

  /** One row per named rule; {@link #everyRuleHasARow()} keeps the table complete. */
  static final String RULE_TABLE =
      """
      On 26 August 2021, a bomber struck.        | day month year   | 26 August 2021
      On September 17, 2024, gunmen struck.      | month day year   | September 17, 2024
      It was filed 2024-01-03 by staff.          | iso date         | 2024-01-03
      In June 2024, eight men were held.         | month year       | June 2024
      In August, the hotel was attacked.         | month alone      | August
      Through early 2014, they advocated it.     | part of year     | early 2014
      It was founded in the 1980s.               | decade           | the 1980s
      In 2004, he swore allegiance.              | bare year        | 2004
      The siege lasted 21–24 September 2013.     | day range        | 21–24 September 2013
      The talks ran September 21–24, 2013.       | month day range  | September 21–24, 2013
      He led it from 2011 to 2012.               | range            | from 2011 to 2012
      Bombs rocked the city on Saturday.         | weekday          | Saturday
      Gunmen attacked the hotel yesterday.       | publication day  | yesterday
      The group last week claimed a siege.       | calendar period  | last week
      The farm was attacked 2 days ago.          | counted distance | 2 days ago
      The next day, gunmen shot a lawmaker.      | narrative day    | The next day
      Prisoners fled in preceding weeks.         | stretch          | preceding weeks
      Weeks earlier, prisoners had fled.         | vague distance   | Weeks earlier
      """;

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = RULE_TABLE)
  void eachRuleReadsItsForm(String text, String rule, String span) {
    List<Found> found = scanner.scan(text, DateScanner.Mode.RUNNING_TEXT);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).rule()).isEqualTo(rule);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(span);
  }

  @Test
  void everyRuleHasARow() {
    Set<String> inTable =
        RULE_TABLE.lines().map(line -> line.split("\\|")[1].strip()).collect(Collectors.toSet());
    Set<String> rules =
        Stream.concat(AbsoluteDateRules.all().stream(), RelativeDateRules.all().stream())
            .map(DateRule::name)
            .collect(Collectors.toSet());

    assertThat(inTable).containsAll(rules).contains("range");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {"–", "—", "-", "--", "‐", "−", " – ", " to ", " until ", " till ", " through "})
  void everyConnectorJoinsARange(String connector) {
    String text = "He ruled from 2014" + connector + "2019 in the east.";

    List<Found> found = scanner.scan(text, DateScanner.Mode.RUNNING_TEXT);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).expression()).isInstanceOf(DateRange.class);
  }

  @Test
  void twoUncuedYearsAreNoRangeInRunningTextButAreWhereADateIsExpected() {
    String text = "1950 - 2000";

    assertThat(scanner.scan(text, DateScanner.Mode.RUNNING_TEXT)).isEmpty();
    assertThat(scanner.scan(text, DateScanner.Mode.DATE_EXPECTED))
        .singleElement()
        .extracting(Found::expression)
        .isInstanceOf(DateRange.class);
  }

  @Test
  void theLeftmostThenLongestCandidateWins() {
    CalendarDate date = CalendarDate.of(2021, java.time.Month.AUGUST, 26);
    Found shortFirst = new Found("a", 0, 5, date, false, false);
    Found longFirst = new Found("b", 0, 9, date, false, false);
    Found overlapping = new Found("c", 3, 12, date, false, false);
    Found after = new Found("d", 9, 14, date, false, false);

    assertThat(DateScanner.leftmostLongest(List.of(overlapping, after, shortFirst, longFirst)))
        .extracting(Found::rule)
        .containsExactly("b", "d");
  }

  @Test
  void aFinalPeriodIsNotPartOfTheDate() {
    String text = "It happened on 17 Sept.";

    Found found = scanner.scan(text, DateScanner.Mode.RUNNING_TEXT).get(0);

    assertThat(text.substring(found.start(), found.end())).isEqualTo("17 Sept");
  }
}
