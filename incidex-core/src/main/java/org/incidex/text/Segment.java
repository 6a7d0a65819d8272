package org.incidex.text;

import java.util.Objects;

/** A sentence or heading found in a document, with its exact span in the original text. */
public record Segment(Span span, SegmentKind kind) {
  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
