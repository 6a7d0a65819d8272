package org.incidex.mention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.incidex.text.Document;
import org.incidex.text.Sentence;

/**
 * What an extractor may know beyond its sentence: the document (with its publication date, if any)
 * and all its analysed sentences, so a rule can look back (the latest absolute date, the last group
 * named) without any stage changing shared state.
 *
 * <p>A rule that needs a view of the whole document (country names counted over the text, the date
 * anchors after each sentence) computes it once per document through {@link #memo}, so extraction
 * stays linear in the length of the text; the view must depend on the context alone.
 */
public final class DocumentContext {
  private final Document document;
  private final List<Sentence> sentences;
  private final Map<Object, Object> memos = new ConcurrentHashMap<>();

  public DocumentContext(Document document, List<Sentence> sentences) {
    this.document = Objects.requireNonNull(document, "document");
    this.sentences = List.copyOf(sentences);
  }

  public Document document() {
    return document;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Optional<LocalDate> published() {
    return document.published();
  }

  /**
   * The value {@code compute} gives for this context, computed on the first call for {@code key}
   * and kept for the context's life. Keys are the rules' own constants.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Function<DocumentContext, T> compute) {
    Object known = memos.get(key);
    if (known == null) {
      known = compute.apply(this);
      memos.put(key, known);
    }
    return (T) known;
  }

  public static DocumentContext of(Document document) {
    return new DocumentContext(document, List.of());
  }

  @Override
  public String toString() {
    return "DocumentContext[" + document.id() + ", " + sentences.size() + " sentences]";
  }
}
