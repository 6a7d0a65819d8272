package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {

  @ParameterizedTest(name = "{0} of {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fmln | farabundo marti national liberation front | true
          urng | guatemalan national revolutionary unity | true
          urng | unidad revolucionaria nacional guatemalteca | true
          pcp | peruvian communist party | true
          mrta | tupac amaru revolutionary movement | true
          u.s. | united states | true
          fotn | front of the nation | true
          eln | army of national liberation | false
          us | south university | false
          fmln | farabundo marti national liberation front of the people | false
          fmln | fmln | false
          two words | farabundo marti | false
          """)
  void tellsAnAcronymOfAName(String acronym, String name, boolean expected) {
    assertThat(Acronyms.isAcronymOf(acronym, name)).isEqualTo(expected);
  }
}
