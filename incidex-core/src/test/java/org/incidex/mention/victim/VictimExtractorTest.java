package org.incidex.mention.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.RoleMention;
import org.incidex.testing.Tagged;
import org.incidex.text.Document;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VictimExtractorTest {
  private final VictimExtractor extractor = new VictimExtractor();

  private List<String> victims(String tagged) {
    Sentence s = Tagged.of(tagged);
    return extractor.extract(s, DocumentContext.of(Document.of("test", s.text()))).stream()
        .map(m -> ((RoleMention) m).text())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a named victim without his titles | the/DT murder/NN of/IN jesuit/NNP/PERSON priest/NNP/PERSON ignacio/NNP/PERSON ellacuria/NNP/PERSON | ignacio ellacuria
          a victim described | guerrillas/NNS killed/VBD a/DT peasant/NN | peasant
          a passive victim | the/DT mayor/NN was/VBD kidnapped/VBN | mayor
          a name after a title | gunmen/NNS shot/VBD president/NN cerezo/NNP/PERSON | cerezo
          """)
  void findsVictims(String rule, String tagged, String expected) {
    assertThat(victims(tagged)).as(rule).containsExactly(expected);
  }

  @Test
  void thingsDamagedAreNoVictims() {
    assertThat(victims("rebels/NNS burned/VBD the/DT houses/NNS")).isEmpty();
  }

  @Test
  void theAgentIsNoVictim() {
    assertThat(victims("the/DT soldiers/NNS killed/VBD")).isEmpty();
  }
}
