package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.SentenceMentions;
import org.incidex.testing.Tagged;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
  private final CandidateFinder finder = new CandidateFinder();

  private List<String> texts(String tagged) {
    Sentence s = Tagged.of(tagged);
    return finder.find(new SentenceMentions(s, List.of()), 0).stream()
        .map(Candidate::text)
        .toList();
  }

  @Test
  void aSentenceWithoutNounsHasNoCandidates() {
    assertThat(texts("they/PRP left/VBD ./.")).isEmpty();
  }

  @Test
  void aPossessiveJoinsItsOwnerAndTheOwnersShorterForms() {
    List<String> t =
        texts(
            "rebels/NNS attacked/VBD president/NNP alfredo/NNP/PERSON cristiani/NNP/PERSON"
                + " 's/POS residence/NN ./.");
    assertThat(t)
        .contains(
            "president alfredo cristiani 's residence",
            "alfredo cristiani 's residence",
            "cristiani 's residence",
            "residence")
        .doesNotContain("'s residence");
  }

  @Test
  void aPossessiveAfterAPronounAddsNothing() {
    assertThat(texts("they/PRP 's/POS car/NN")).containsExactly("car");
  }
}
