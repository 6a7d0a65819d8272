package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.mention.date.DateFixtures.SATURDAY_2022_10_29;
import static org.incidex.mention.date.DateFixtures.inSentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.mention.DocumentContext;
import org.incidex.model.Precision;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          On 26 August 2021, a bomber attacked the airport.           | 26 August 2021              | 2021-08-26 | 2021-08-26 | DAY
          It was a twin bombing on 3 January 2024[b] against a crowd. | 3 January 2024              | 2024-01-03 | 2024-01-03 | DAY
          On September 17, 2024, gunmen attacked.                     | September 17, 2024          | 2024-09-17 | 2024-09-17 | DAY
          On Sept. 17, 2024, gunmen attacked.                         | Sept. 17, 2024              | 2024-09-17 | 2024-09-17 | DAY
          The attack on 17 Sep 2024 killed three.                     | 17 Sep 2024                 | 2024-09-17 | 2024-09-17 | DAY
          The plan dates from 2 Feb. 2020 at the latest.              | 2 Feb. 2020                 | 2020-02-02 | 2020-02-02 | DAY
          The report was filed 2024-01-03 by staff.                   | 2024-01-03                  | 2024-01-03 | 2024-01-03 | DAY
          The siege was declared over on 24th September 2013.         | 24th September 2013         | 2013-09-24 | 2013-09-24 | DAY
          The court sat on the 15th of August 2013.                   | 15th of August 2013         | 2013-08-15 | 2013-08-15 | DAY
          It was signed on 12 May 2020 in Kabul.                      | 12 May 2020                 | 2020-05-12 | 2020-05-12 | DAY
          The first attack was on May 5, 2011.                        | May 5, 2011                 | 2011-05-05 | 2011-05-05 | DAY
          The ceasefire held until 1 December 2016.                   | 1 December 2016             | 2016-12-01 | 2016-12-01 | DAY
          On the morning of September 17, 2024, Bamako was hit.       | the morning of September 17, 2024 | 2024-09-17 | 2024-09-17 | DAY
          The bomb went off in the early hours of 3 January 2024.     | the early hours of 3 January 2024 | 2024-01-03 | 2024-01-03 | DAY
          Voting began on Tuesday, September 17, 2024, in the north.  | Tuesday, September 17, 2024 | 2024-09-17 | 2024-09-17 | DAY
          The battle of 11 November 1827 was fought at sea.           | 11 November 1827            | 1827-11-11 | 1827-11-11 | DAY
          san salvador, 3 jan 90 (radio venceremos) -- rebels struck. | 3 jan 90                    | 1990-01-03 | 1990-01-03 | DAY
          the talks took place on 5 may 89, officials said.           | 5 may 89                    | 1989-05-05 | 1989-05-05 | DAY
          the attack came on the night of 15 november 1989.           | the night of 15 november 1989 | 1989-11-15 | 1989-11-15 | DAY
          ON 2 MAY 1990 GUERRILLAS ATTACKED A BASE.                   | 2 MAY 1990                  | 1990-05-02 | 1990-05-02 | DAY
          In June 2024, officials arrested eight men.                 | June 2024                   | 2024-06-01 | 2024-06-30 | MONTH
          He was arrested in March 2024 in Moscow.                    | March 2024                  | 2024-03-01 | 2024-03-31 | MONTH
          Violence peaked in December 2012.                           | December 2012               | 2012-12-01 | 2012-12-31 | MONTH
          ISIS took Mosul in June of 2014.                            | June of 2014                | 2014-06-01 | 2014-06-30 | MONTH
          It was first seen in early January 2024.                    | early January 2024          | 2024-01-01 | 2024-01-31 | MONTH
          They returned in mid-June 2024.                             | mid-June 2024               | 2024-06-01 | 2024-06-30 | MONTH
          In 2004, Zarqawi swore allegiance to bin Laden.             | 2004                        | 2004-01-01 | 2004-12-31 | YEAR
          He had been fighting in Syria since 2013.                   | 2013                        | 2013-01-01 | 2013-12-31 | YEAR
          Jihadists had traveled to the Levant as early as 2003.      | 2003                        | 2003-01-01 | 2003-12-31 | YEAR
          AQI was diminished until 2011 when it began to reemerge.    | 2011                        | 2011-01-01 | 2011-12-31 | YEAR
          The camps were busy during 2016.                            | 2016                        | 2016-01-01 | 2016-12-31 | YEAR
          Through early 2014, the leaders advocated a new branch.     | early 2014                  | 2014-01-01 | 2014-04-30 | PART_OF_YEAR
          The group grew in late 2019.                                | late 2019                   | 2019-09-01 | 2019-12-31 | PART_OF_YEAR
          Attacks rose in mid-2015.                                   | mid-2015                    | 2015-05-01 | 2015-08-31 | PART_OF_YEAR
          It happened in the spring of 2016.                          | the spring of 2016          | 2016-03-01 | 2016-05-31 | PART_OF_YEAR
          Fighting resumed in summer 2019.                            | summer 2019                 | 2019-06-01 | 2019-08-31 | PART_OF_YEAR
          Troops withdrew in autumn 2021.                             | autumn 2021                 | 2021-09-01 | 2021-11-30 | PART_OF_YEAR
          Most killings fell in the first half of 2019.               | the first half of 2019      | 2019-01-01 | 2019-06-30 | PART_OF_YEAR
          The front was quiet until the end of 2019.                  | the end of 2019             | 2019-09-01 | 2019-12-31 | PART_OF_YEAR
          The offensive stalled in winter 2019.                       | winter 2019                 | 2019-01-01 | 2019-12-31 | PART_OF_YEAR
          The group was founded in the 1980s.                         | the 1980s                   | 1980-01-01 | 1989-12-31 | DECADE
          The rebels were strongest in the early 1980s.               | the early 1980s             | 1980-01-01 | 1989-12-31 | DECADE
          we have had enough of the 1970's and their violence.        | the 1970's                  | 1970-01-01 | 1979-12-31 | DECADE
          """)
  void readsAStatedDate(
      String sentence, String span, LocalDate first, LocalDate last, Precision precision) {
    List<DateMention> found = inSentence(sentence, Optional.empty());

    assertThat(found).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.span().of(sentence)).isEqualTo(span);
    assertThat(m.value().first()).isEqualTo(first);
    assertThat(m.value().last()).isEqualTo(last);
    assertThat(m.value().precision()).isEqualTo(precision);
    assertThat(m.until()).isEmpty();
    assertThat(m.relative()).isFalse();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Abu Bakr al-Baghdadi (29 June 2014 – 27 October 2019) the longest serving. | 29 June 2014 – 27 October 2019 | 2014-06-29 | 2019-10-27
          He served 29 June 2014 until 27 October 2019 as caliph.        | 29 June 2014 until 27 October 2019  | 2014-06-29 | 2019-10-27
          He led the group from 2011 to 2012.                            | from 2011 to 2012                   | 2011       | 2012
          Gilani was prime minister between 2008 and 2012.               | between 2008 and 2012               | 2008       | 2012
          He ruled the province (2014—2019) from Jalalabad.              | 2014—2019                           | 2014       | 2019
          The siege lasted 21–24 September 2013.                         | 21–24 September 2013                | 2013-09-21 | 2013-09-24
          The siege lasted from 21 to 24 September 2013.                 | from 21 to 24 September 2013        | 2013-09-21 | 2013-09-24
          The talks ran September 21-24, 2013, in Nairobi.               | September 21-24, 2013               | 2013-09-21 | 2013-09-24
          Votes were cast between 10 and 15 May 2020 in the north.       | between 10 and 15 May 2020          | 2020-05-10 | 2020-05-15
          The siege lasted from September 21 to September 24, 2013.      | from September 21 to September 24, 2013 | 2013-09-21 | 2013-09-24
          The offensive ran from 21 September 2013 to 24 September.      | from 21 September 2013 to 24 September  | 2013-09-21 | 2013-09-24
          The campaign ran from June to August 2024.                     | from June to August 2024            | 2024-06    | 2024-08
          The winter campaign ran from December to February 2024.        | from December to February 2024      | 2023-12    | 2024-02
          Fighting continued from June 2014 through 2015.                | from June 2014 through 2015         | 2014-06    | 2015
          """)
  void readsARangeAsValueAndUntil(String sentence, String span, String value, String until) {
    List<DateMention> found = inSentence(sentence, Optional.empty());

    assertThat(found).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.span().of(sentence)).isEqualTo(span);
    assertThat(m.value().iso()).contains(value);
    assertThat(m.until().flatMap(u -> u.iso())).contains(until);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          the explosion came in the afternoon, killing 94.
          The group has the 6,000 collaborators it needs.
          According to the newsletter's 338th issue, rockets were launched.
          Gunfire began around 5 a.m. and lasted three hours.
          The attack began at around 20:00 MSK (UTC+3).
          the patrol left the base at 2330 and returned.
          the convoy had to arrive by 2000 GMT at the latest.
          It was a crowd of 2000 people.
          Under the 2007 surge of American troops, AQI was diminished.
          The toll of 5 may rise, officials said.
          They may attack again, officials said.
          Thousands march on the capital to protest.
          The sun rose over Kabul. The men sat in the car. They wed in secret.
          Jan Egeland visited the camp.
          May Allah accept these martyrs.
          Members of Black September were arrested.
          He was recruited to attack a church on the Easter Sunday.
          The Sunday Times reported the attack.
          He comes to the cathedral every Tuesday.
          She went missing four days prior to the raid.
          This attack occurred a day after the first anniversary of the alliance.
          His death comes more than three months after the assassinations of two lawmakers.
          It came almost six weeks since a bloody attack on the parliament.
          The 19 April movement claimed the attack.
          Over the last year the group has grown.
          The shelling killed 1950–2000 fighters.
          Aid workers were freed in Somalia after nearly two years.
          A 9-year-old girl and a 17-year-old boy were wounded.
          """)
  void findsNoDateIn(String sentence) {
    assertThat(inSentence(sentence, Optional.of(SATURDAY_2022_10_29))).isEmpty();
  }

  @Test
  void aYearBeforeACountNounIsACount() {
    String sentence = "On 2 February 2000 people marched in the capital.";

    assertThat(
            DateFixtures.described(
                inSentence(sentence, Optional.of(SATURDAY_2022_10_29)), sentence))
        .containsExactly("2 February = 2022-02-02 (relative)");
    assertThat(inSentence(sentence, Optional.empty())).isEmpty();
  }

  @Test
  void aLowerCaseMayWithADayNeedsACue() {
    String sentence = "the night of 15 may and on 2 may, rebels struck; 5th may was calm.";

    assertThat(
            DateFixtures.described(
                inSentence(sentence, Optional.of(SATURDAY_2022_10_29)), sentence))
        .containsExactly(
            "the night of 15 may = 2022-05-15 (relative)",
            "2 may = 2022-05-02 (relative)",
            "5th may = 2022-05-05 (relative)");
  }

  @Test
  void anEmptySentenceHasNoDates() {
    Sentence empty = PlainAnalyzer.of("");
    DocumentContext context = DocumentContext.of(Document.of("empty", ""));

    assertThat(new DateExtractor().extract(empty, context)).isEmpty();
  }

  @Test
  void spansAreDocumentOffsetsInsideTheSentence() {
    String text = "Title line\nIt began on 26 August 2021. The next day, a drone struck.";
    List<DateMention> found = DateFixtures.inDocument(text, Optional.empty());

    assertThat(DateFixtures.described(found, text))
        .containsExactly("26 August 2021 = 2021-08-26", "The next day = 2021-08-27 (relative)");
    assertThat(found.get(1).span().start()).isEqualTo(text.indexOf("The next day"));
  }

  @Test
  void aWeekdayBeforeAStatedDateIsPartOfItAndNotRelative() {
    List<DateMention> found =
        inSentence("It struck on Sunday, 19 march 1989, at dawn.", Optional.empty());

    assertThat(DateFixtures.described(found, "It struck on Sunday, 19 march 1989, at dawn."))
        .containsExactly("Sunday, 19 march 1989 = 1989-03-19");
  }
}
