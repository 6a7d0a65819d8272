package org.incidex.muc4;

import java.util.List;

/**
 * One filler the model proposes for a slot: the candidates that name it (several places, several
 * forms), the one whose text is given ({@code best}), and the entity's probability (its best
 * candidate's).
 */
record Entity(Slot slot, List<Candidate> candidates, Candidate best, double probability) {
  Entity {
    candidates = List.copyOf(candidates);
  }

  /** The sentence where the entity is first named. */
  int firstSentence() {
    return candidates.stream().mapToInt(Candidate::sentence).min().orElse(best.sentence());
  }
}
