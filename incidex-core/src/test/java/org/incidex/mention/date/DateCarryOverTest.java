package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.mention.date.DateFixtures.SATURDAY_2022_10_29;
import static org.incidex.mention.date.DateFixtures.described;
import static org.incidex.mention.date.DateFixtures.inDocument;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A day or month without a year takes one from earlier in the document, or from its date. */
class DateCarryOverTest {

  @Test
  void aYearCarriesOverFromTheClosestEarlierDateAcrossParagraphs() {
    String text =
        "A suicide bombing took place at the airport on 26 August 2021, at 17:50 local time. It"
            + " caused the first American casualties since February 2020.\n\n"
            + "On 27 August, the United States launched an airstrike. On 29 August, the US"
            + " conducted a second drone strike.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly(
            "26 August 2021 = 2021-08-26",
            "February 2020 = 2020-02",
            "27 August = 2021-08-27 (relative)",
            "29 August = 2021-08-29 (relative)");
  }

  @Test
  void aYearCarriesOverWithinOneSentence() {
    String text = "After the bombing on 22 March 2024 and the arrests on 28 March, Russia mourned.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("22 March 2024 = 2024-03-22", "28 March = 2024-03-28 (relative)");
  }

  @Test
  void aDayStatedEarlierKeepsItsYearWhenNamedAgain() {
    String text =
        "On 21 September 2013, four gunmen attacked the Westgate mall. On 20 September 2015,"
            + " Foreign Policy magazine reported the Westgate attack on 21 September lasted several"
            + " hours. The mall was officially declared secured on 24 September.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly(
            "21 September 2013 = 2013-09-21",
            "20 September 2015 = 2015-09-20",
            "21 September = 2013-09-21 (relative)",
            "24 September = 2013-09-24 (relative)");
  }

  @Test
  void aBareYearAnchorsOnlyDocumentsWithoutAPublicationDate() {
    String text = "In 2023, the cell leader was killed. On 5 March, his deputy was arrested.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("2023 = 2023", "5 March = 2023-03-05 (relative)");
  }

  @Test
  void aNewsReportDatesAYearlessMonthByItsPublication() {
    String text =
        "Saturday’s explosions occurred at Zobe junction, the scene of a massive blast in 2017."
            + " Fighters were ousted from Mogadishu in 2011. The group last week claimed a siege."
            + " In August, al-Shabab launched a 30-hour attack on the Hayat hotel.";

    assertThat(described(inDocument(text, Optional.of(SATURDAY_2022_10_29)), text))
        .containsExactly(
            "Saturday = 2022-10-29 (relative)",
            "2017 = 2017",
            "2011 = 2011",
            "last week = 2022-10 (relative)",
            "August = 2022-08 (relative)");
  }

  @Test
  void theDatelineDoesNotAnchorTheStory() {
    String text = "date 2022-10-29\n\nIn December, the group attacked a hotel.";

    assertThat(described(inDocument(text, Optional.of(SATURDAY_2022_10_29)), text))
        .containsExactly("2022-10-29 = 2022-10-29", "December = 2021-12 (relative)");
  }

  @Test
  void noYearAnywhereGivesNoDate() {
    String text =
        "On April 21 in Mogadishu, a hidden bomb exploded. The next day, gunmen shot a lawmaker."
            + " On May 24, militants attacked Parliament. In early January, four people died.";

    assertThat(inDocument(text, Optional.empty())).isEmpty();
  }

  @Test
  void aYearNeverComesFromLaterText() {
    String text = "On 27 August, a drone struck. The bombing of 26 August 2021 preceded it.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly("26 August 2021 = 2021-08-26");
  }

  @Test
  void wireTextCarriesTheYearOfItsDateline() {
    String text =
        "san salvador, 3 jan 90 (radio venceremos) -- rebels attacked a base on 2 january. the"
            + " army said on 2 february that the attack on the night of 15 november was the worst.";

    assertThat(described(inDocument(text, Optional.empty()), text))
        .containsExactly(
            "3 jan 90 = 1990-01-03",
            "2 january = 1990-01-02 (relative)",
            "2 february = 1990-02-02 (relative)",
            "the night of 15 november = 1990-11-15 (relative)");
  }
}
