package org.incidex.model;

import java.util.Objects;
import org.incidex.text.Span;

/** Where a value came from: a document and a character span of its original text. */
public record Evidence(String docId, Span span) {
  public Evidence {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(span, "span");
  }
}
