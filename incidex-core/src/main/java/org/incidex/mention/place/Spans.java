package org.incidex.mention.place;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.incidex.text.Span;

/** Word ranges: their span, their text for a lookup, and the punctuation rules step over. */
final class Spans {
  private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
  private static final int MAX_CITATION_WORDS = 6;

  private Spans() {}

  static Span span(List<Word> words, int first, int last) {
    return words.get(first).span().union(words.get(last).span());
  }

  /** The words joined by spaces: enough for a lookup, which folds spacing and punctuation. */
  static String text(List<Word> words, int first, int last) {
    StringJoiner j = new StringJoiner(" ");
    for (int k = first; k <= last; k++) {
      j.add(words.get(k).text());
    }
    return j.toString();
  }

  static boolean isDash(Word w) {
    return DASHES.contains(w.text());
  }

  /** The index after a citation marker such as {@code [4]} at {@code k}, or {@code k}. */
  static int skipCitations(List<Word> words, int k) {
    int i = k;
    while (i < words.size() && words.get(i).text().equals("[")) {
      int close = i + 1;
      while (close < words.size()
          && close - i <= MAX_CITATION_WORDS
          && !words.get(close).text().equals("]")) {
        close++;
      }
      if (close >= words.size() || !words.get(close).text().equals("]")) {
        return i;
      }
      i = close + 1;
    }
    return i;
  }
}
