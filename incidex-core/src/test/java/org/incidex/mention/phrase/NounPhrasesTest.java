package org.incidex.mention.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.testing.Tagged;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          modifiers stay and the determiner goes | they/PRP burned/VBD a/DT tank/NN truck/NN ./. | tank truck
          a quoted name is one modifier | attacked/VBD the/DT "/`` santo/NNP tomas/NNP "/'' presidential/JJ farm/NN | " santo tomas " presidential farm
          an unpaired quotation mark stays out | said/VBD "/`` the/DT farm/NN | farm
          an adverb before a participle joins | heavily/RB armed/VBN men/NNS fled/VBD | heavily armed men
          numbers stay | two/CD powerful/JJ bombs/NNS exploded/VBD | two powerful bombs
          """)
  void findsThePhraseOfAHead(String rule, String tagged, String expected) {
    Sentence s = Tagged.of(tagged);
    List<Phrase> all = NounPhrases.all(s);
    assertThat(all).extracting(Phrase::text).as(rule).contains(expected);
  }

  @Test
  void aComplementJoinsWhenAsked() {
    Sentence s = Tagged.of("members/NNS of/IN the/DT armed/JJ forces/NNS attacked/VBD");
    Phrase members = NounPhrases.all(s).get(0);
    assertThat(NounPhrases.withComplement(members).text()).isEqualTo("members of the armed forces");
  }

  @Test
  void aSentenceWithoutNounsHasNoPhrases() {
    assertThat(NounPhrases.all(Tagged.of("he/PRP fled/VBD ./."))).isEmpty();
  }
}
