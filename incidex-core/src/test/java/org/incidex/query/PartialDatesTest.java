package org.incidex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.incidex.model.DateValue;
import org.incidex.model.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020, 2020-01-01, 2020-12-31, YEAR",
    "2020-02, 2020-02-01, 2020-02-29, MONTH",
    "2021-2, 2021-02-01, 2021-02-28, MONTH",
    "2020-02-29, 2020-02-29, 2020-02-29, DAY",
    "' 2024-01-03 ', 2024-01-03, 2024-01-03, DAY"
  })
  void readsEachPrecisionAsItsInterval(
      String text, LocalDate first, LocalDate last, Precision precision) {
    assertThat(PartialDates.parse(text)).isEqualTo(new DateValue(first, last, precision));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2020-13       | '2020-13' is not a date: there is no month 13; expected YYYY-MM
          2020-00       | '2020-00' is not a date: there is no month 0; expected YYYY-MM
          2021-02-29    | '2021-02-29' is not a date: February 2021 has no day 29
          2021-04-31    | '2021-04-31' is not a date: April 2021 has no day 31
          20            | '20' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
          2020/01       | '2020/01' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
          last year     | 'last year' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
          2020-01-01T10 | '2020-01-01T10' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
          """)
  void refusesWhatIsNotADateSayingWhy(String text, String message) {
    assertThatThrownBy(() -> PartialDates.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
