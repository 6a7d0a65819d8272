package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Muc4TextTest {

  /**
   * The scorer's normalisation: lower case, ASCII punctuation and articles out, spaces collapsed.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "santo tomas" presidential farm | santo tomas presidential farm
          the bomb | bomb
          A Bomb | bomb
          m-16 rifles | m16 rifles
          the   u.s.  embassy | us embassy
          cristiani's government | cristianis government
          theatre | theatre
          """)
  void normalisesAsTheScorerDoes(String mention, String expected) {
    assertThat(Muc4Text.normalise(mention)).isEqualTo(expected);
  }
}
