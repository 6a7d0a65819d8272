package org.incidex.mention.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.TargetMention;
import org.incidex.model.Target;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetExtractorTest {
  private List<Target> targets(String text) {
    return new TargetExtractor()
        .extract(PlainAnalyzer.of(text), DocumentContext.of(Document.of("t", text))).stream()
            .map(m -> ((TargetMention) m).target())
            .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Gunmen attacked a crowded market in the town.             | BUSINESS
          A suicide bomber struck a mosque during prayers.          | RELIGIOUS
          The bomb hit a bus transporting soldiers.                 | MILITARY
          Militants attacked a gendarmerie school on Tuesday.       | POLICE
          Two blasts targeted the education ministry.               | GOVERNMENT
          A car bomb targeted a convoy of U.S. Consulate vehicles.  | DIPLOMATIC
          Gunmen stormed a university dormitory.                    | EDUCATIONAL
          An explosion at a train station killed 16 people.         | TRANSPORTATION
          An ISIS-K suicide bomber attacked the airport.            | AIRPORTS_AIRCRAFT
          Two bombs exploded at the cathedral in Jolo.              | RELIGIOUS
          A bomb exploded at Sunday Mass in the town.               | RELIGIOUS
          A bomb set fire to a passenger ferry in the bay.          | TRANSPORTATION
          A car bomb hit a building of human rights organisations.  | NGO
          Gunmen attacked a beach resort on the island.             | BUSINESS
          Fighters abducted an oil contractor near the town.        | BUSINESS
          The blast killed two journalists.                         | JOURNALISTS_MEDIA
          Ten Afghan civilians were killed in the drone strike.     | PRIVATE_CITIZENS
          Rebels attacked an electric power substation.             | UTILITIES
          Gunmen opened fire on a group of tourists.                | TOURISTS
          The strike killed 28 Taliban members.                     | NON_STATE_MILITIA
          A bomb ripped through a police bus.                       | POLICE
          """)
  void readsTheCategoryOfWhatWasAttacked(String text, Target expected) {
    assertThat(targets(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Three explosions went off near the consulate.
          The blast hit a neighborhood known as a stronghold of the militia.
          The wounded were taken to hospital.
          """)
  void whereAnAttackHappenedIsNotWhatItTargeted(String text) {
    assertThat(targets(text)).doesNotContain(Target.DIPLOMATIC, Target.PRIVATE_CITIZENS);
  }

  @Test
  void emptySentenceHasNoTargets() {
    assertThat(targets("")).isEmpty();
  }
}
