package org.incidex.testing;

import java.util.List;
import org.incidex.io.DocumentReader;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.place.Gazetteer;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;

/**
 * The standard pipeline over {@link PlainAnalyzer} (no CoreNLP): real rules, hand-written inputs.
 * Build one per test class; the gazetteer takes about a second to load.
 */
public final class PlainPipeline {
  private final Pipeline pipeline = Pipelines.standard(new PlainAnalyzer(), Gazetteer.load());

  public ExtractionResult run(String... texts) {
    List<Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      // read as a file would be: a "date 2022-10-29" first line is the publication date
      docs.add(DocumentReader.fromText("doc" + (i + 1), texts[i], "test").orElseThrow());
    }
    return pipeline.run(docs);
  }

  public ExtractionResult run(Document... documents) {
    return pipeline.run(List.of(documents));
  }
}
