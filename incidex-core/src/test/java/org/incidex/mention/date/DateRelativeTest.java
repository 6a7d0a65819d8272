package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.mention.date.DateFixtures.SATURDAY_2022_10_29;
import static org.incidex.mention.date.DateFixtures.described;
import static org.incidex.mention.date.DateFixtures.inDocument;
import static org.incidex.mention.date.DateFixtures.inSentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates resolved against the publication date, or against the story's last dated day. */
class DateRelativeTest {

  /** Published on Saturday 2022-10-29 (the Mogadishu report). */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Twin car bombings rocked Mogadishu on Saturday.          | Saturday                 | 2022-10-29 | 2022-10-29 | DAY
          Saturday’s explosions occurred at Zobe junction.         | Saturday                 | 2022-10-29 | 2022-10-29 | DAY
          A lawmaker was shot on Thursday morning.                 | Thursday morning         | 2022-10-27 | 2022-10-27 | DAY
          A suicide bomber struck on Tuesday.                      | Tuesday                  | 2022-10-25 | 2022-10-25 | DAY
          He was kidnapped last Friday.                            | last Friday              | 2022-10-28 | 2022-10-28 | DAY
          He was kidnapped last Saturday.                          | last Saturday            | 2022-10-22 | 2022-10-22 | DAY
          police today reported an attack.                         | today                    | 2022-10-29 | 2022-10-29 | DAY
          Gunmen attacked the hotel yesterday.                     | yesterday                | 2022-10-28 | 2022-10-28 | DAY
          Gunmen attacked the hotel yesterday morning.             | yesterday morning        | 2022-10-28 | 2022-10-28 | DAY
          Shots were heard last night in the capital.              | last night               | 2022-10-28 | 2022-10-28 | DAY
          The minister spoke this morning.                         | this morning             | 2022-10-29 | 2022-10-29 | DAY
          The army struck the day before yesterday.                | the day before yesterday | 2022-10-27 | 2022-10-27 | DAY
          the guerrillas attacked the farm 2 days ago.             | 2 days ago               | 2022-10-27 | 2022-10-27 | DAY
          He was freed two days ago.                               | two days ago             | 2022-10-27 | 2022-10-27 | DAY
          The group last week claimed a siege in Kismayo.          | last week                | 2022-10-01 | 2022-10-31 | MONTH
          The talks were held last weekend.                        | last weekend             | 2022-10-01 | 2022-10-31 | MONTH
          The army moved this week.                                | this week                | 2022-10-01 | 2022-10-31 | MONTH
          The offensive began a week ago.                          | a week ago               | 2022-10-01 | 2022-10-31 | MONTH
          A bomb went off a few days ago.                          | a few days ago           | 2022-10-01 | 2022-10-31 | MONTH
          They struck last month.                                  | last month               | 2022-09-01 | 2022-09-30 | MONTH
          The plant was closed 3 months ago.                       | 3 months ago             | 2022-07-01 | 2022-07-31 | MONTH
          In August, al-Shabab attacked the Hayat hotel.           | August                   | 2022-08-01 | 2022-08-31 | MONTH
          In December, the group struck again.                     | December                 | 2021-12-01 | 2021-12-31 | MONTH
          On 27 August, a drone struck.                            | 27 August                | 2022-08-27 | 2022-08-27 | DAY
          On 30 October, a drone struck.                           | 30 October               | 2021-10-30 | 2021-10-30 | DAY
          It is the third assassination this year.                 | this year                | 2022-01-01 | 2022-12-31 | YEAR
          They struck last year.                                   | last year                | 2021-01-01 | 2021-12-31 | YEAR
          Attacks have risen in recent weeks.                      | recent weeks             | 2022-01-01 | 2022-12-31 | YEAR
          The monitor was killed 4 years ago.                      | 4 years ago              | 2018-01-01 | 2018-12-31 | YEAR
          """)
  void resolvesAgainstThePublicationDate(
      String sentence, String span, LocalDate first, LocalDate last, Precision precision) {
    List<DateMention> found = inSentence(sentence, Optional.of(SATURDAY_2022_10_29));

    assertThat(found).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.span().of(sentence)).isEqualTo(span);
    assertThat(m.value().first()).isEqualTo(first);
    assertThat(m.value().last()).isEqualTo(last);
    assertThat(m.value().precision()).isEqualTo(precision);
    assertThat(m.relative()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Twin car bombings rocked Mogadishu on Saturday.
          A lawmaker was shot on Thursday morning.
          The group last week claimed a siege in Kismayo.
          Gunmen attacked the hotel yesterday.
          In August, al-Shabab attacked the Hayat hotel.
          On April 21 in Mogadishu, a bomb exploded.
          the guerrillas attacked the farm 2 days ago.
          It is the third assassination this year.
          In early January, four people died in Haret Hreik.
          """)
  void givesNothingRelativeWithoutAPublicationDate(String sentence) {
    assertThat(inSentence(sentence, Optional.empty())).isEmpty();
  }

  @Test
  void lastWeekAcrossNewYearHasNoSinglePeriod() {
    LocalDate tuesday = LocalDate.of(2023, 1, 3);

    assertThat(inSentence("They struck last week.", Optional.of(tuesday))).isEmpty();
    assertThat(
            described(
                inSentence("They struck last month.", Optional.of(tuesday)),
                "They struck last month."))
        .containsExactly("last month = 2022-12 (relative)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The next day, gunmen shot a lawmaker.         | The next day       | 2021-08-27
          The following day, gunmen shot a lawmaker.    | The following day  | 2021-08-27
          A day later, gunmen shot a lawmaker.          | A day later        | 2021-08-27
          Two days later, gunmen shot a lawmaker.       | Two days later     | 2021-08-28
          Gunmen had shot a lawmaker the day before.    | the day before     | 2021-08-25
          Three days earlier, gunmen shot a lawmaker.   | Three days earlier | 2021-08-23
          Later that day, gunmen shot a lawmaker.       | Later that day     | 2021-08-26
          """)
  void countsFromTheLastDatedDay(String second, String span, LocalDate day) {
    String text = "On 26 August 2021, a bomber attacked the airport. " + second;

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("26 August 2021 = 2021-08-26", span + " = " + day + " (relative)");
  }

  @Test
  void theNextDayAfterAnUnplacedDayIsNotPlaced() {
    String text =
        "On 26 August 2021, a bomber struck. On April 21 in Mogadishu, a bomb exploded. "
            + "The next day, gunmen shot a lawmaker.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly(
            "26 August 2021 = 2021-08-26",
            "April 21 = 2021-04-21 (relative)",
            "The next day = 2021-04-22 (relative)");
    String noYear =
        "On April 21 in Mogadishu, a bomb exploded. The next day, gunmen shot a lawmaker.";
    assertThat(inDocument(noYear, Optional.empty())).isEmpty();
  }

  @Test
  void weeksBeforeADaySupportOnlyItsYear() {
    String text =
        "On 26 August 2021, a suicide bomber attacked the airport. Amidst the Taliban advance on"
            + " Kabul in preceding weeks, hundreds of prisoners had been released.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("26 August 2021 = 2021-08-26", "preceding weeks = 2021 (relative)");
  }

  @Test
  void aDistanceWithAnObjectDatesAnEventNotADay() {
    String text =
        "On 26 August 2021, a raid took place. She had gone missing four days prior to the raid."
            + " Police arrived two days before the raid.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("26 August 2021 = 2021-08-26");
  }
}
