package org.incidex.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.store.Store;
import org.incidex.text.PlainAnalyzer;

/**
 * The database view of a store: {@code pipeline.combine(store.load())}. Combining analyses no text,
 * so the pipeline gets the plain analyser and queries never load CoreNLP's models.
 */
final class StoredView {
  private StoredView() {}

  static ExtractionResult of(Store store, PrintWriter err) {
    Pipeline combiner = Pipelines.standard(new PlainAnalyzer());
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
    return combiner.combine(stored);
  }
}
