package org.incidex.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.incidex.pipeline.Combiner;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.store.IngestOutcome;
import org.incidex.store.Store;
import org.incidex.store.TextMatches;
import org.incidex.store.TextQuery;

/**
 * The server's store, used by one request at a time (a {@link Store} is single-threaded). The
 * database view is combined afresh for each request, as {@code incidex incidents} does: documents
 * that another process ingests into the same database show at once, and analysts' decisions apply.
 */
final class Library {
  private final Store store;

  Library(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every stored document combined, with the analysts' decisions applied. */
  synchronized ExtractionResult view() {
    return new Combiner().combine(store.load(), store.decisions());
  }

  synchronized TextMatches search(TextQuery query) {
    return store.search(query);
  }

  synchronized boolean contains(String contentHash) {
    return store.contains(contentHash);
  }

  synchronized IngestOutcome ingest(DocumentResult result) {
    return store.ingest(result);
  }

  /** A stored document's own result, by id. */
  synchronized Optional<DocumentResult> document(String id) {
    return store.load().stream().filter(d -> d.document().id().equals(id)).findFirst();
  }

  /** The stored document with this text (by content hash). */
  synchronized Optional<DocumentResult> byHash(String contentHash) {
    List<DocumentResult> all = store.load();
    return all.stream().filter(d -> d.document().contentHash().equals(contentHash)).findFirst();
  }
}
