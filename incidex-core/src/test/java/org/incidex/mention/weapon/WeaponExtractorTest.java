package org.incidex.mention.weapon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.RoleMention;
import org.incidex.model.Role;
import org.incidex.testing.Tagged;
import org.incidex.text.Document;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponExtractorTest {
  private final WeaponExtractor extractor = new WeaponExtractor();

  private List<String> weapons(String tagged) {
    Sentence s = Tagged.of(tagged);
    return extractor.extract(s, DocumentContext.of(Document.of("test", s.text()))).stream()
        .map(m -> (RoleMention) m)
        .peek(m -> assertThat(m.role()).isEqualTo(Role.WEAPON))
        .map(RoleMention::text)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a bomb with its modifiers | a/DT powerful/JJ car/NN bomb/NN exploded/VBD | powerful car bomb
          firearms by model | they/PRP carried/VBD m-16/NN rifles/NNS | m-16 rifles
          a qualified charge | a/DT dynamite/NN charge/NN went/VBD off/RP | dynamite charge
          a charge without a qualifier is no weapon | the/DT charge/NN was/VBD dropped/VBN | -
          a measure of dynamite | five/CD sticks/NNS of/IN dynamite/NN | five sticks of dynamite
          the weapon of a bomb attack | a/DT bomb/NN attack/NN on/IN the/DT bank/NN | bomb
          grenades | they/PRP hurled/VBD grenades/NNS | grenades
          a mine worker is no weapon | a/DT mine/NN worker/NN died/VBD | -
          """)
  void findsWeapons(String rule, String tagged, String expected) {
    List<String> want = expected.equals("-") ? List.of() : Arrays.asList(expected.split(" ; "));
    assertThat(weapons(tagged)).as(rule).isEqualTo(want);
  }

  @Test
  void aSentenceWithoutWeaponsGivesNone() {
    assertThat(weapons("the/DT president/NN spoke/VBD today/NN")).isEmpty();
  }
}
