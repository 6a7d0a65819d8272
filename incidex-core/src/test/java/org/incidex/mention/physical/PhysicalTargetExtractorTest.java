package org.incidex.mention.physical;

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

class PhysicalTargetExtractorTest {
  private final PhysicalTargetExtractor extractor = new PhysicalTargetExtractor();

  private List<String> targets(String tagged) {
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
          the object of a damaging act | they/PRP burned/VBD a/DT tank/NN truck/NN | tank truck (object)
          a passive target | the/DT las/NNP canas/NNP bridge/NN was/VBD dynamited/VBN | las canas bridge (passive)
          an attack on a building with whose it is | an/DT attack/NN on/IN the/DT offices/NNS of/IN the/DT telephone/NN company/NN | offices of the telephone company (on)
          the site of a blast | a/DT bomb/NN exploded/VBD at/IN the/DT bank/NN | bank (site of blast)
          set fire to | rebels/NNS set/VBD fire/NN to/TO two/CD buses/NNS//bus | two buses (set fire to)
          """)
  void findsPhysicalTargets(String rule, String tagged, String expected) {
    assertThat(targets(tagged)).as(rule).containsExactly(expected);
  }

  @Test
  void aPlaceNearAnActIsNoTarget() {
    assertThat(targets("guerrillas/NNS killed/VBD a/DT peasant/NN near/IN the/DT farm/NN"))
        .isEmpty();
  }

  @Test
  void peopleHarmedAreNoPhysicalTarget() {
    assertThat(targets("guerrillas/NNS killed/VBD the/DT driver/NN")).isEmpty();
  }
}
