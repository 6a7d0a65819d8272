package org.incidex.muc4;

import java.util.List;
import java.util.Objects;
import org.incidex.text.Document;

/**
 * One line of a MUC-4 JSONL file: the document's id and text, and the templates of its answer key
 * (empty for an irrelevant document, and for input without a key).
 */
public record Muc4Document(String docid, String doctext, List<Template> templates) {
  public Muc4Document {
    Objects.requireNonNull(docid, "docid");
    Objects.requireNonNull(doctext, "doctext");
    templates = List.copyOf(templates);
  }

  /** The document the pipeline reads. */
  public Document document() {
    return Document.of(docid, doctext);
  }
}
