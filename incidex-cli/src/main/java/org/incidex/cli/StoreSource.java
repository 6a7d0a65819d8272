package org.incidex.cli;

import java.util.List;
import org.incidex.fusion.ActorDecision;
import org.incidex.pipeline.DocumentResult;
import org.incidex.store.Store;

/** Actors, relations and decisions from a store ({@code --db}). */
final class StoreSource implements ActorSource {
  private final Store store;

  StoreSource(Store store) {
    this.store = store;
  }

  @Override
  public List<DocumentResult> results() {
    return store.load();
  }

  @Override
  public List<ActorDecision> decisions() {
    return store.decisions();
  }

  @Override
  public void record(ActorDecision decision) {
    store.record(decision);
  }

  @Override
  public void close() {
    store.close();
  }
}
