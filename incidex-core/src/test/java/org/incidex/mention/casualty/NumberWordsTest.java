package org.incidex.mention.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

  /** {@code 94 NUMBER [94]}, one per amount, joined by " ; "; "none" when there is none. */
  private static String render(String text) {
    String out =
        NumberWords.find(text).stream()
            .map(
                a ->
                    (a.value().isPresent() ? Integer.toString(a.value().getAsInt()) : "-")
                        + " "
                        + a.form()
                        + " ["
                        + text.substring(a.start(), a.end())
                        + "]")
            .collect(Collectors.joining(" ; "));
    return out.isEmpty() ? "none" : out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          killing 94                         | 94 NUMBER [94]
          1,200 people                       | 1200 NUMBER [1,200]
          1,234,567 people                   | 1234567 NUMBER [1,234,567]
          ninety-four                        | 94 NUMBER [ninety-four]
          Eighty-five people                 | 85 NUMBER [Eighty-five]
          twenty one people                  | 21 NUMBER [twenty one]
          one hundred and twelve people      | 112 NUMBER [one hundred and twelve]
          two thousand five hundred people   | 2500 NUMBER [two thousand five hundred]
          a hundred people                   | 100 NUMBER [a hundred]
          a thousand people                  | 1000 NUMBER [a thousand]
          a dozen people                     | 12 NUMBER [a dozen]
          two dozen killed                   | 24 NUMBER [two dozen]
          half a dozen people                | 6 NUMBER [half a dozen]
          1.5 million people                 | 1500000 NUMBER [1.5 million]
          3 million people                   | 3000000 NUMBER [3 million]
          seventeen                          | 17 NUMBER [seventeen]
          ninety                             | 90 NUMBER [ninety]
          between 20 and 30                  | 20 RANGE [20 and 30]
          20 to 30                           | 20 RANGE [20 to 30]
          20-30                              | 20 RANGE [20-30]
          20–30                              | 20 RANGE [20–30]
          two or three                       | 2 RANGE [two or three]
          from 12 to 14                      | 12 NUMBER [12] ; 14 NUMBER [14]
          killed a civilian                  | 1 ARTICLE [a]
          killed an officer                  | 1 ARTICLE [an]
          a further 95 people                | 95 NUMBER [95]
          a total of 50                      | 50 NUMBER [50]
          a fourth sergeant                  | none
          dozens                             | - VAGUE [dozens]
          scores of casualties               | - VAGUE [scores]
          hundreds                           | - VAGUE [hundreds]
          Thousands of Somalis               | - VAGUE [Thousands]
          a few casualties                   | - VAGUE [a few]
          several people                     | - VAGUE [several]
          many bodies                        | - VAGUE [many]
          a large number of people           | - VAGUE [a large number]
          numerous people                    | - VAGUE [numerous]
          as many as 150                     | 150 NUMBER [150]
          in 2017                            | none
          3 January 2024                     | none
          January 3                          | none
          In early January, four people died | 4 NUMBER [four]
          a 17-year-old girl                 | 1 ARTICLE [a]
          a 30-hour siege                    | 1 ARTICLE [a]
          three-bus convoy                   | none
          at 5:30                            | none
          30% of voters                      | none
          5 percent                          | none
          at 9 a.m.                          | none
          cost $5 million                    | none
          F-16 jets                          | none
          the 1990s                          | none
          the 3rd day                        | none
          killed.[16]                        | none
          no one was hurt                    | none
          2000 people                        | 2000 NUMBER [2000]
          """)
  void findsAmounts(String text, String expected) {
    assertThat(render(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'ninety-four', 94",
    "'one hundred and twelve', 112",
    "'two dozen', 24",
    "'1,200', 1200",
    "' Eighty-five ', 85"
  })
  void parsesANumberWrittenAlone(String words, int value) {
    assertThat(NumberWords.parse(words)).hasValue(value);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"'dozens'", "'2017'", "'seven rockets'", "'a'", "''"})
  void parsesNothingThatIsNotOneNumber(String words) {
    assertThat(NumberWords.parse(words)).isEmpty();
  }
}
