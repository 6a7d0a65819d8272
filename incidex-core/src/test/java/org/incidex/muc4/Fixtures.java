package org.incidex.muc4;

import java.util.List;
import org.incidex.mention.phrase.Phrase;
import org.incidex.text.Sentence;

/** Candidates and entities built by hand over tagged sentences. */
final class Fixtures {
  private Fixtures() {}

  /** The candidate of the tokens whose words are {@code words}, in sentence {@code index}. */
  static Candidate candidate(Sentence s, int index, String words) {
    List<String> all = s.tokens().stream().map(t -> t.word()).toList();
    String[] want = words.split(" ");
    for (int i = 0; i + want.length <= all.size(); i++) {
      if (all.subList(i, i + want.length).equals(List.of(want))) {
        int last = i + want.length - 1;
        return new Candidate(new Phrase(s, i, last, last), index, "np");
      }
    }
    throw new IllegalArgumentException("no \"" + words + "\" in " + s.text());
  }

  static Entity entity(Slot slot, Candidate c, double p) {
    return new Entity(slot, List.of(c), c, p);
  }
}
