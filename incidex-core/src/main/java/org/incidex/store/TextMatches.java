package org.incidex.store;

import java.util.List;
import java.util.Set;
import org.incidex.model.Evidence;
import org.incidex.model.SentenceRef;

/**
 * What a text search found: the ids of matching documents, best match first, and the incident
 * sentences (document id and span) that match. Sentences are what {@code incidents --text} filters
 * on.
 */
public record TextMatches(List<String> documentIds, Set<Evidence> sentences) {
  public TextMatches {
    documentIds = List.copyOf(documentIds);
    sentences = Set.copyOf(sentences);
  }

  /** Whether this sentence of an incident is among the matches. */
  public boolean matches(SentenceRef sentence) {
    return sentences.contains(new Evidence(sentence.docId(), sentence.span()));
  }
}
