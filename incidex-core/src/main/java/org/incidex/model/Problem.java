package org.incidex.model;

import java.util.Objects;
import java.util.Optional;
import org.incidex.text.Span;

/**
 * Something in the data we could not use as it stands: which document, where, and what we did.
 * {@code fatal} problems mean the document produced nothing (unreadable, empty, binary).
 */
public record Problem(String docId, Optional<Span> at, String message, boolean fatal) {
  public Problem {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
  }

  public static Problem fatal(String docId, String message) {
    return new Problem(docId, Optional.empty(), message, true);
  }

  public static Problem at(String docId, Span span, String message) {
    return new Problem(docId, Optional.of(span), message, false);
  }

  @Override
  public String toString() {
    return docId + at.map(s -> " @" + s).orElse("") + ": " + message;
  }
}
