package org.incidex.mention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.incidex.text.Document;
import org.incidex.text.Sentence;

/**
 * What an extractor may know beyond its sentence: the document (with its publication date, if any)
 * and all its analysed sentences, so a rule can look back (the latest absolute date, the last group
 * named) without any stage changing shared state.
 */
public record DocumentContext(Document document, List<Sentence> sentences) {
  public DocumentContext {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
  }

  public Optional<LocalDate> published() {
    return document.published();
  }

  public static DocumentContext of(Document document) {
    return new DocumentContext(document, List.of());
  }
}
