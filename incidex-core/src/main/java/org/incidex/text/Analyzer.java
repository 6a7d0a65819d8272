package org.incidex.text;

import java.util.List;

/**
 * Stage: turns segments into analysed sentences (tokens, lemmas, parts of speech, entity classes).
 * Token spans are offsets in the document's original text. The CoreNLP adapter implements it; so
 * does {@link PlainAnalyzer} for tests and quick runs.
 */
public interface Analyzer {
  List<Sentence> analyze(Document document, List<Segment> segments);

  /** A short name for reports and benchmarks. */
  String name();
}
