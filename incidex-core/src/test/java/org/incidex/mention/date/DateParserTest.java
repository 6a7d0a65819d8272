package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.model.DateValue;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @Test
  void readsATenureWithDocumentOffsets() {
    Optional<DateMention> m = parser.parse("(29 June 2014 – 27 October 2019)", 4000);

    assertThat(m).isPresent();
    assertThat(m.get().span()).isEqualTo(new Span(4001, 4031));
    assertThat(m.get().value()).isEqualTo(DateValue.day(2014, 6, 29));
    assertThat(m.get().until()).contains(DateValue.day(2019, 10, 27));
    assertThat(m.get().relative()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          2014–2019                   | 2014       | 2019
          2014-2019                   | 2014       | 2019
          2014 to 2019                | 2014       | 2019
          June 2014 - October 2019    | 2014-06    | 2019-10
          from June to August 2024    | 2024-06    | 2024-08
          between 2008 and 2012       | 2008       | 2012
          """)
  void readsBareRangesWithoutCues(String text, String value, String until) {
    DateMention m = parser.parse(text, 0).orElseThrow();

    assertThat(m.value().iso()).contains(value);
    assertThat(m.until().flatMap(DateValue::iso)).contains(until);
  }

  @Test
  void readsABareYearAndSkipsItsCue() {
    DateMention m = parser.parse("since 2013", 10).orElseThrow();

    assertThat(m.span()).isEqualTo(new Span(16, 20));
    assertThat(m.value()).isEqualTo(DateValue.year(2013));
    assertThat(parser.parse("2013", 0).map(DateMention::value)).contains(DateValue.year(2013));
  }

  @Test
  void placesRelativeDatesOnlyWithAPublicationDate() {
    Optional<LocalDate> published = Optional.of(LocalDate.of(2022, 10, 29));

    assertThat(parser.parse("last week", 0)).isEmpty();
    assertThat(parser.parse("last week", 0, published).map(DateMention::value))
        .contains(DateValue.month(2022, 10));
    assertThat(parser.parse("march", 0)).isEmpty();
    assertThat(parser.parse("march", 0, published).map(DateMention::value))
        .contains(DateValue.month(2022, 3));
  }

  @Test
  void findsNothingWhereThereIsNoDate() {
    assertThat(parser.parse("", 0)).isEmpty();
    assertThat(parser.parse("the caliph of ISIS", 0)).isEmpty();
  }
}
