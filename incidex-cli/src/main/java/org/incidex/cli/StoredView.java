package org.incidex.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidex.pipeline.Combiner;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.store.Store;

/**
 * The database view of a store: its documents' results combined, with the analysts' decisions
 * applied. Combining analyses no text, so queries never load CoreNLP's models.
 */
final class StoredView {
  private StoredView() {}

  static ExtractionResult of(Store store, PrintWriter err) {
    List<DocumentResult> stored = store.load();
    List<String> failed =
        stored.stream().filter(DocumentResult::isFailed).map(d -> d.document().id()).toList();
    if (!failed.isEmpty()) {
      // Nothing disappears silently: these were reported at ingest, and still yield nothing.
      err.println(
          "incidex: note: "
              + failed.size()
              + " stored document(s) failed extraction and add nothing: "
              + String.join(", ", failed));
      err.flush();
    }
    return new Combiner().combine(stored, store.decisions());
  }
}
