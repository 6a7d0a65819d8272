package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextQueryTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bombing                               | "bombing"
          Kerman bombing                        | "Kerman" "bombing"
          '"claimed responsibility" Kabul'      | "claimed responsibility" "Kabul"
          ISIS-K                                | "ISIS K"
          ISIS–K                                | "ISIS K"
          al-Shabaab's                          | "al Shabaab s"
          'NEAR(a b) OR c*'                     | "NEAR a" "b" "OR" "c"
          '"unclosed phrase'                    | "unclosed phrase"
          Bogotá                                | "Bogotá"
          """)
  void typedQueriesBecomeQuotedPhrases(String typed, String rendered) {
    assertThat(TextQuery.parse(typed).render()).isEqualTo(rendered);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\"\"", "!!! ---", "*"})
  void aQueryWithoutWordsIsRefused(String typed) {
    assertThatThrownBy(() -> TextQuery.parse(typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no word to search for");
  }
}
