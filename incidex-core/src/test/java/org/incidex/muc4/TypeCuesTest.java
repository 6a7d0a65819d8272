package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.Strength;
import org.incidex.model.IncidentType;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Incidex's incident types and a sentence's words map to MUC-4's six types. */
class TypeCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an armed assault is an attack | guerrillas attacked the farm | attacked | ARMED_ASSAULT | ATTACK
          an assassination is an attack | gunmen assassinated the judge | assassinated | ASSASSINATION | ATTACK
          a bombing is a bombing | a bomb exploded at the bank | exploded | BOMBING | BOMBING
          a kidnapping is a kidnapping | rebels kidnapped the mayor | kidnapped | KIDNAPPING | KIDNAPPING
          a hostage siege is a kidnapping | they held the envoys hostage | hostage | HOSTAGE_BARRICADE | KIDNAPPING
          burning is arson | guerrillas burned the town hall | - | - | ARSON
          robbing is robbery | the commando robbed the bank | - | - | ROBBERY
          an armed strike is a forced work stoppage | the armed strike paralyzed transport | - | - | FORCED_WORK_STOPPAGE
          an arrest is no MUC-4 incident | police arrested two men | arrested | ARREST | -
          """)
  void mapsASentenceToTypes(String rule, String text, String cue, String type, String expected) {
    Sentence s = PlainAnalyzer.of(text);
    List<Mention> mentions = new ArrayList<>();
    if (!cue.equals("-")) {
      int at = text.indexOf(cue);
      mentions.add(
          new EventMention(
              new Span(at, at + cue.length()),
              IncidentType.valueOf(type),
              cue,
              Strength.STRONG,
              false,
              false,
              false));
    }
    List<String> got =
        TypeCues.of(new SentenceMentions(s, mentions)).stream().map(Enum::name).toList();
    assertThat(got).as(rule).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a generic bombing tells of no type | they routinely carry out bombings | bombings
          """)
  void genericEventsTellOfNoType(String rule, String text, String cue) {
    Sentence s = PlainAnalyzer.of(text);
    int at = text.indexOf(cue);
    EventMention e =
        new EventMention(
            new Span(at, at + cue.length()),
            IncidentType.BOMBING,
            cue,
            Strength.STRONG,
            false,
            true,
            false);
    assertThat(TypeCues.of(new SentenceMentions(s, List.of(e)))).as(rule).isEmpty();
  }
}
