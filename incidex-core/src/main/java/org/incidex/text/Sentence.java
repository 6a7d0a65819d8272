package org.incidex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analysed segment: its index among the document's segments, its span and exact text, its kind
 * and its tokens (whose spans are document offsets).
 */
public record Sentence(
    String docId, int index, Span span, String text, SegmentKind kind, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    tokens = List.copyOf(tokens);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "sentence text has " + text.length() + " characters, span " + span);
    }
  }

  /** The sentence's own text between two document offsets. */
  public String textOf(Span s) {
    return text.substring(s.start() - span.start(), s.end() - span.start());
  }

  /** A document span for a range of offsets local to this sentence's text. */
  public Span toDocument(int localStart, int localEnd) {
    return new Span(span.start() + localStart, span.start() + localEnd);
  }

  /** Tokens that lie inside {@code s}. */
  public List<Token> tokensIn(Span s) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (s.contains(t.span())) {
        out.add(t);
      }
    }
    return out;
  }

  public boolean isBody() {
    return kind == SegmentKind.SENTENCE;
  }
}
