package org.incidex.mention.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.incidex.testing.Tagged;
import org.incidex.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleContextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          by after an act | the/DT mayor/NN was/VBD kidnapped/VBN by/IN urban/JJ guerrillas/NNS | guerrillas | AGENT by kidnap
          subject of an active act | guerrillas/NNS attacked/VBD the/DT farm/NN | guerrillas | AGENT subject attack
          subject past a relative pronoun | men/NNS who/WP killed/VBD the/DT judge/NN | men | AGENT subject kill
          object of an active act | guerrillas/NNS burned/VBD the/DT facilities/NNS | facilities | PATIENT object burn
          subject of a passive act | the/DT bridge/NN was/VBD dynamited/VBN | bridge | PATIENT passive bomb
          of after an act noun | the/DT murder/NN of/IN jesuit/JJ priests/NNS | priests | PATIENT of murder
          on after an act noun | an/DT attack/NN on/IN the/DT embassy/NN | embassy | PATIENT on attack
          against | a/DT bomb/NN against/IN the/DT bank/NN | bank | PATIENT against attack
          set fire to | they/PRP set/VBD fire/NN to/TO the/DT bus/NN | bus | PATIENT set fire to burn
          no act no role | the/DT farm/NN is/VBZ large/JJ | farm | NONE
          """)
  void readsTheSide(String rule, String tagged, String head, String expected) {
    Sentence s = Tagged.of(tagged);
    Phrase p =
        NounPhrases.all(s).stream()
            .filter(x -> x.headToken().word().equals(head))
            .findFirst()
            .orElseThrow();
    Optional<RoleContext.Cue> cue = RoleContext.of(p);
    String got = cue.map(c -> c.side() + " " + c.rule() + " " + c.act().name()).orElse("NONE");
    assertThat(got).as(rule).isEqualTo(expected);
  }
}
