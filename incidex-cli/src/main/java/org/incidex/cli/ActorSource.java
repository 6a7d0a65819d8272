package org.incidex.cli;

import java.util.List;
import org.incidex.fusion.ActorDecision;
import org.incidex.pipeline.DocumentResult;

/**
 * Where the actor commands read documents' results and analysts' decisions from, and where they
 * record new decisions: text files run through the pipeline now ({@link FileSource}), or a store
 * (once the store lands: {@code Stores.open(db)}, whose {@code load()}, {@code decisions()} and
 * {@code record(...)} are these three methods). {@link Sources#open} chooses.
 */
interface ActorSource extends AutoCloseable {
  /** Every document's own result (actors, relations, incidents), not yet combined. */
  List<DocumentResult> results();

  /** Every analyst's decision, oldest first. */
  List<ActorDecision> decisions();

  /** Keeps a new decision, for every later combine. */
  void record(ActorDecision decision);

  @Override
  void close();
}
