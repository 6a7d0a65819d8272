package org.incidex.server;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.incidex.pipeline.Combiner;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.text.Document;

/**
 * The server's one pipeline, built on the first extraction (CoreNLP loads its models once, and a
 * server that only answers queries never loads them). Extractions run one at a time: CoreNLP's
 * annotators are thread-safe, but our stages were written for one caller and are not checked for
 * it, and two concurrent extractions would only compete for the same cores and heap.
 */
final class Extraction {
  private final Supplier<Pipeline> factory;
  private Pipeline pipeline;

  Extraction(Supplier<Pipeline> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** One document's own result, as {@code incidex ingest} stores it. */
  synchronized DocumentResult extract(Document document) {
    if (pipeline == null) {
      pipeline = factory.get();
    }
    return pipeline.extract(document);
  }

  /** What {@code incidex extract} shows for one document: its result combined on its own. */
  ExtractionResult view(DocumentResult result) {
    return new Combiner().combine(List.of(result), List.of());
  }
}
