package org.incidex.mention.place;

import java.util.List;
import java.util.Set;

/**
 * A news dateline ({@code Kabul, Afghanistan (CNN) --}) says where a story was filed, not where
 * anything happened (gold guidelines, "Added cases"). The segmenter usually keeps it out of the
 * sentence; when a sentence still starts with one, its places are skipped.
 */
final class Datelines {
  private static final Set<String> AGENCIES = Set.of("cnn", "reuters", "ap", "afp", "upi", "bbc");
  private static final int MAX_DATELINE_WORDS = 15;

  private Datelines() {}

  /** The index of the first word after a leading dateline, or 0. */
  static int bodyStart(List<Word> words) {
    int limit = Math.min(words.size() - 2, MAX_DATELINE_WORDS);
    for (int k = 0; k < limit; k++) {
      boolean agency =
          words.get(k).text().equals("(")
              && AGENCIES.contains(words.get(k + 1).lower())
              && words.get(k + 2).text().equals(")");
      if (agency) {
        int after = k + 3;
        while (after < words.size() && Spans.isDash(words.get(after))) {
          after++;
        }
        return after;
      }
    }
    return 0;
  }
}
