package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.testing.Tagged;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;

class EntityDecoderTest {
  private final EntityDecoder decoder = new EntityDecoder(ActorLexicon.standard());

  private final Sentence first =
      Tagged.of(
          "farabundo/NNP marti/NNP national/NNP liberation/NNP front/NNP guerrillas/NNS"
              + " placed/VBD a/DT car/NN bomb/NN near/IN luis/NNP carlos/NNP galan/NNP");
  private final Sentence second =
      Tagged.of("the/DT fmln/NNP denied/VBD it/PRP ,/, galan/NNP said/VBD");

  private List<Entity> decode(Slot slot, List<Candidate> candidates, double... p) {
    double[][] probabilities = new double[p.length][Slot.values().length];
    for (int i = 0; i < p.length; i++) {
      probabilities[i][slot.ordinal()] = p[i];
    }
    return decoder.decode(slot, candidates, probabilities, 0.5);
  }

  @Test
  void anAcronymAndItsNameAreOneEntityNamedByTheLikelierText() {
    List<Entity> e =
        decode(
            Slot.PERP_ORG,
            List.of(
                Fixtures.candidate(first, 0, "farabundo marti national liberation front"),
                Fixtures.candidate(second, 1, "fmln")),
            0.6,
            0.9);
    assertThat(e).singleElement().satisfies(x -> assertThat(x.best().text()).isEqualTo("fmln"));
  }

  @Test
  void overlappingFormsAreOneEntity() {
    List<Entity> e =
        decode(
            Slot.WEAPON,
            List.of(Fixtures.candidate(first, 0, "car bomb"), Fixtures.candidate(first, 0, "bomb")),
            0.7,
            0.8);
    assertThat(e).singleElement().satisfies(x -> assertThat(x.best().text()).isEqualTo("bomb"));
  }

  @Test
  void aSurnameJoinsTheFullName() {
    List<Entity> e =
        decode(
            Slot.VICTIM,
            List.of(
                Fixtures.candidate(first, 0, "luis carlos galan"),
                Fixtures.candidate(second, 1, "galan")),
            0.9,
            0.6);
    assertThat(e).singleElement().satisfies(x -> assertThat(x.candidates()).hasSize(2));
  }

  @Test
  void candidatesBelowTheFloorAreLeftOut() {
    assertThat(decode(Slot.WEAPON, List.of(Fixtures.candidate(first, 0, "bomb")), 0.4)).isEmpty();
  }

  @Test
  void noCandidatesNoEntities() {
    assertThat(decode(Slot.TARGET, List.of())).isEmpty();
  }
}
