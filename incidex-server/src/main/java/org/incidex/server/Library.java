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
 * stored documents and their combined view are kept between requests and read again whenever the
 * store's {@link Store#state() state} changes, so documents that another process ingests into the
 * same database show at the next request, analysts' decisions apply, and a request on an unchanged
 * store does not combine everything again.
 */
final class Library {
  private final Store store;
  private String state;
  private List<DocumentResult> loaded;
  private ExtractionResult view;

  Library(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every stored document combined, with the analysts' decisions applied. */
  synchronized ExtractionResult view() {
    List<DocumentResult> documents = loaded();
    if (view == null) {
      view = new Combiner().combine(documents, store.decisions());
    }
    return view;
  }

  /** The stored documents, read again only when the store has changed. */
  private List<DocumentResult> loaded() {
    String now = store.state();
    if (!now.equals(state)) {
      loaded = store.load();
      view = null;
      state = now;
    }
    return loaded;
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
    return loaded().stream().filter(d -> d.document().id().equals(id)).findFirst();
  }

  /** The stored document with this text (by content hash). */
  synchronized Optional<DocumentResult> byHash(String contentHash) {
    return loaded().stream()
        .filter(d -> d.document().contentHash().equals(contentHash))
        .findFirst();
  }
}
