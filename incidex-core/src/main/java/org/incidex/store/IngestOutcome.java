package org.incidex.store;

import java.util.Objects;

/**
 * What {@link Store#ingest} did with one document: {@code documentId} is the id given; when the
 * text was already stored, {@code storedAs} is the id it is stored under (which may differ).
 */
public record IngestOutcome(String documentId, Status status, String storedAs) {
  public IngestOutcome {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(storedAs, "storedAs");
  }

  /** What happened to the document. */
  public enum Status {
    /** A new document; its result is kept. */
    STORED,
    /** The same text was stored before (perhaps under another id): nothing changed. */
    ALREADY_STORED,
    /** A document with this id but another text was stored; the new version replaced it. */
    REPLACED
  }
}
