package org.incidex.muc4;

import java.util.Objects;
import org.incidex.mention.phrase.Phrase;

/**
 * A phrase that might fill a slot, with the sentence's place in the document ({@code sentence}
 * index among the analysed sentences, 0-based) and how it was found ({@code origin}: a noun phrase,
 * a shorter form of one, one with its complement, a name, an actor, a role mention).
 */
public record Candidate(Phrase phrase, int sentence, String origin) {
  public Candidate {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(origin, "origin");
  }

  public String text() {
    return phrase.text();
  }
}
