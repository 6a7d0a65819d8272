package org.incidex.text;

import java.util.Objects;

/**
 * One token of a sentence: its span in the document, the word as written, its lemma, part of speech
 * (Penn tags) and named-entity class ({@code O} when none).
 */
public record Token(Span span, String word, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
