package org.incidex.mention.phrase;

import java.util.List;
import java.util.Locale;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * A noun phrase of a sentence as a range of its tokens, {@code first} to {@code last} inclusive,
 * with the index of its head (the last noun before any {@code of} complement). Indices are 0-based
 * token positions in the sentence.
 */
public record Phrase(Sentence sentence, int first, int last, int head) {
  public Phrase {
    if (first < 0 || last < first || head < first || head > last) {
      throw new IllegalArgumentException("bad phrase " + first + ".." + last + " head " + head);
    }
    if (last >= sentence.tokens().size()) {
      throw new IllegalArgumentException("phrase past the sentence end: " + last);
    }
  }

  /** The phrase's span in the document. */
  public Span span() {
    return tokens().get(0).span().union(tokens().get(tokens().size() - 1).span());
  }

  /** The phrase as written in the document. */
  public String text() {
    return sentence.textOf(span());
  }

  public List<Token> tokens() {
    return sentence.tokens().subList(first, last + 1);
  }

  public Token headToken() {
    return sentence.tokens().get(head);
  }

  /** The head's lemma in lower case ({@code bomb} of {@code two bombs}). */
  public String headLemma() {
    return headToken().lemma().toLowerCase(Locale.ROOT);
  }

  /** The same phrase from another first token. */
  public Phrase from(int newFirst) {
    return new Phrase(sentence, newFirst, last, Math.max(head, newFirst));
  }

  /** The same phrase ending at another token (its head moves back if needed). */
  public Phrase until(int newLast) {
    return new Phrase(sentence, first, newLast, Math.min(head, newLast));
  }
}
