package org.incidex.model;

import java.util.Objects;
import org.incidex.text.Span;

/** A sentence that speaks of an incident or relation: the spec's "mention". */
public record SentenceRef(String docId, Span span, String text) implements Comparable<SentenceRef> {
  public SentenceRef {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public int compareTo(SentenceRef o) {
    int c = docId.compareTo(o.docId);
    return c != 0 ? c : span.compareTo(o.span);
  }
}
