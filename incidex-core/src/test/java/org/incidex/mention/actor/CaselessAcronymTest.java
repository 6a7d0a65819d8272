package org.incidex.mention.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidex.mention.ActorMention;
import org.incidex.mention.DocumentContext;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lower-cased wire text (MUC-4) names groups by acronyms written in lower case. */
class CaselessAcronymTest {
  /** No nationalities: the test is about the lexicon. */
  private static final Nationalities NONE =
      new Nationalities() {
        @Override
        public Optional<String> countryOfDemonym(String word) {
          return Optional.empty();
        }

        @Override
        public Optional<String> countryOfName(String name) {
          return Optional.empty();
        }

        @Override
        public String nameOf(String iso2) {
          return iso2;
        }

        @Override
        public String demonymOf(String iso2) {
          return iso2;
        }
      };

  private final ActorExtractor extractor = new ActorExtractor(ActorLexicon.standard(), NONE);

  private List<String> actors(String text) {
    Sentence s = PlainAnalyzer.of(text);
    return extractor.extract(s, DocumentContext.of(Document.of("t", text))).stream()
        .map(m -> ((ActorMention) m).name())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an acronym in a caseless sentence | the fmln attacked the post. | Farabundo Marti National Liberation Front
          another acronym | eln rebels blew up the pipeline. | National Liberation Army
          a lower-case acronym in a cased sentence is a word | The urng said so. | -
          an acronym that is a word is not read caselessly | they fled far from the town. | -
          a two-letter acronym is not read caselessly | it is over. | -
          a camel-case acronym is not read caselessly | let them go, he said. | -
          """)
  void readsAcronymsCaselessly(String rule, String text, String expected) {
    assertThat(actors(text))
        .as(rule)
        .isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
  }
}
