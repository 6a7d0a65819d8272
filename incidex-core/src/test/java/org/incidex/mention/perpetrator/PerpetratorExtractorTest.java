package org.incidex.mention.perpetrator;

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

class PerpetratorExtractorTest {
  private final PerpetratorExtractor extractor = new PerpetratorExtractor();

  private List<String> perpetrators(String tagged) {
    Sentence s = Tagged.of(tagged);
    return extractor.extract(s, DocumentContext.of(Document.of("test", s.text()))).stream()
        .map(m -> ((RoleMention) m).text() + " (" + ((RoleMention) m).cue() + ")")
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          always a perpetrator where an act is told | urban/JJ terrorists/NNS killed/VBD a/DT peasant/NN | urban terrorists (subject)
          people as the agent after by | he/PRP was/VBD kidnapped/VBN by/IN unidentified/JJ individuals/NNS | unidentified individuals (by)
          people with a complement | members/NNS of/IN the/DT armed/JJ forces/NNS murdered/VBD six/CD priests/NNS | members of the armed forces (subject)
          heavily armed men | heavily/RB armed/VBN men/NNS attacked/VBD the/DT bus/NN | heavily armed men (subject)
          gunmen anywhere in a sentence of an act | the/DT judge/NN died/VBD after/IN gunmen/NNS shot/VBD him/PRP | gunmen (subject)
          """)
  void findsPerpetrators(String rule, String tagged, String expected) {
    assertThat(perpetrators(tagged)).as(rule).containsExactly(expected);
  }

  @Test
  void peopleWhoUndergoAnActAreNoPerpetrators() {
    assertThat(perpetrators("six/CD soldiers/NNS were/VBD killed/VBN yesterday/NN")).isEmpty();
  }

  @Test
  void terroristsWithoutAnActAreNotReported() {
    assertThat(perpetrators("the/DT terrorists/NNS met/VBD in/IN lima/NNP")).isEmpty();
  }
}
