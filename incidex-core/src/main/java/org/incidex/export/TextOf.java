package org.incidex.export;

import java.util.HashMap;
import java.util.Map;
import org.incidex.model.Evidence;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Document;

/** Looks up the exact text of evidence spans in the result's documents. */
final class TextOf {
  private final Map<String, Document> documents = new HashMap<>();

  TextOf(ExtractionResult result) {
    for (DocumentResult d : result.documents()) {
      documents.put(d.document().id(), d.document());
    }
  }

  String of(Evidence e) {
    Document d = documents.get(e.docId());
    if (d == null || e.span().end() > d.text().length()) {
      return "";
    }
    return e.span().of(d.text());
  }
}
