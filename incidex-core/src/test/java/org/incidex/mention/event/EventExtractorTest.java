package org.incidex.mention.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.Strength;
import org.incidex.model.IncidentType;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventExtractorTest {
  private final EventExtractor extractor = new EventExtractor();

  private List<EventMention> events(String text) {
    Sentence s = PlainAnalyzer.of(text);
    List<Mention> found = extractor.extract(s, DocumentContext.of(Document.of("test", text)));
    return found.stream().map(EventMention.class::cast).toList();
  }

  private EventMention only(String text, String cue) {
    return events(text).stream()
        .filter(e -> e.cue().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + cue + "' in: " + events(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Two attackers carried out twin suicide bombings in Kerman.  | suicide bombings        | BOMBING           | STRONG
          A car bomb exploded outside the ministry.                   | car bomb                | BOMBING           | STRONG
          The group launched seven rockets at the base.               | launched seven rockets  | BOMBING           | STRONG
          Gunmen opened fire on the crowd.                            | opened fire             | ARMED_ASSAULT     | STRONG
          They stormed the hotel.                                     | stormed                 | ARMED_ASSAULT     | STRONG
          The son was kidnapped on Thursday.                          | kidnapped               | KIDNAPPING        | STRONG
          It was the third assassination this year.                   | assassination           | ASSASSINATION     | STRONG
          The plane was hijacked over the sea.                        | hijacked                | HIJACKING         | STRONG
          Rebels set fire to the depot.                               | set fire to             | FACILITY_ATTACK   | STRONG
          Police arrested eight men.                                  | arrested                | ARREST            | STRONG
          A joint raid operation killed the leader.                   | joint raid operation    | RAID              | STRONG
          The US conducted a drone strike in Kabul.                   | drone strike            | AIRSTRIKE         | STRONG
          The army launched search operations in the area.            | search operations       | OTHER_OPERATION   | STRONG
          A hospital was attacked.                                    | attacked                | UNKNOWN           | WEAK
          The number of wounded rose to 47 on Saturday.               | number of wounded       | UNKNOWN           | WEAK
          Troops killed 12 insurgents near Bama.                      | killed 12 insurgents    | OTHER_OPERATION   | STRONG
          He died in a shootout with the police.                      | shootout with the police | OTHER_OPERATION  | STRONG
          Four masked gunmen attacked the mall.                       | gunmen                  | ARMED_ASSAULT     | AGENT
          An ISIS-K suicide bomber attacked the airport.              | suicide bomber          | BOMBING           | AGENT
          Investigators found an unexploded grenade.                  | grenade                 | BOMBING           | AGENT
          """)
  void readsTypeAndStrength(String text, String cue, IncidentType type, Strength strength) {
    EventMention e = only(text, cue);
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.strength()).isEqualTo(strength);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The group routinely carries out such bombings.                  | bombings
          It has claimed responsibility for 13 attacks against Hazaras.   | attacks
          It gained notoriety for bloody attacks on Shia mosques.         | attacks
          She was recruited to attack a church in Lahore.                 | attack
          There were fears of attacks on the airport.                     | attacks
          Thousands have been killed in the decade-long rebellion.        | killed
          Why don't you attack soldiers instead?                          | attack
          About 13,000 people have been killed in Peru since 1980.        | killed
          So far this year, 100 people have died in clashes with rebels.  | clashes
          Hundreds were killed in bombings over the past two years.       | bombings
          The pipeline was bombed 41 times in 2021.                       | bombed
          Kidnapping has returned as well.                                | kidnapping
          The group financed itself through kidnapping for ransom.        | kidnapping
          We expect the group to keep using kidnapping as leverage.       | kidnapping
          At least 80 people have been killed in the department this year.| killed
          More than 300 people were killed in the province last year.     | killed
          """)
  void marksGenericUsesThatReportNoSingleEvent(String text, String cue) {
    assertThat(only(text, cue).generic()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bamako was hit by attacks on two targets.         | attacks
          Arrests have been made in connection with it.     | arrests
          Twin suicide bombings struck the city.            | suicide bombings
          Five soldiers died in clashes with rebels.        | clashes
          The kidnapping was carried out by gunmen.         | kidnapping
          Gunmen kidnapped two men near Tame last year.     | kidnapped
          """)
  void keepsSpecificPluralsAsEvents(String text, String cue) {
    assertThat(only(text, cue).generic()).isFalse();
  }

  @Test
  void theAttackRefersBack() {
    assertThat(only("The Taliban claimed responsibility for the attack.", "attack").definite())
        .isTrue();
    assertThat(only("Saturday's explosions occurred at the junction.", "explosions").definite())
        .isTrue();
  }

  @Test
  void aVerbIsNeverAReferenceBack() {
    assertThat(only("He said that the gunmen had been arrested.", "arrested").definite()).isFalse();
  }

  @Test
  void quotedSpeechRefersToEventsRatherThanReportingThem() {
    assertThat(only("\"We will avenge the massacres,\" he said.", "massacres").definite()).isTrue();
  }

  @Test
  void aStateOfDetentionIsNoArrest() {
    assertThat(events("The suspects, who are detained at the school, await trial."))
        .noneMatch(e -> e.type() == IncidentType.ARREST);
  }

  @Test
  void namedOperationsAreCampaignsNotEvents() {
    assertThat(events("The warnings came in the wake of Operation Linda Nchi."))
        .noneMatch(e -> e.cue().equals("operation"));
  }

  @Test
  void emptySentenceHasNoEvents() {
    assertThat(events("")).isEmpty();
  }

  @Test
  void spansAreTheCueInTheText() {
    String text = "On 3 January 2024, a twin bombing struck Kerman.";
    for (EventMention e : events(text)) {
      assertThat(text.substring(e.span().start(), e.span().end()).toLowerCase()).isEqualTo(e.cue());
    }
  }
}
