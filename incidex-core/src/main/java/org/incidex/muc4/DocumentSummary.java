package org.incidex.muc4;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.incidex.mention.EventMention;
import org.incidex.mention.SentenceMentions;

/**
 * What the role model may know of a whole document: how many events its sentences report (by type),
 * and how often and where first each candidate's text occurs. Built once per document from its
 * candidates and mentions.
 */
final class DocumentSummary {
  private final int events;
  private final Set<String> types = new TreeSet<>();
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final Map<String, Integer> firstSentence = new HashMap<>();

  DocumentSummary(List<SentenceMentions> sentences, List<Candidate> candidates) {
    int strong = 0;
    for (SentenceMentions sm : sentences) {
      for (EventMention e : sm.all(EventMention.class)) {
        if (!e.generic() && e.isStrong()) {
          strong++;
          types.add(e.type().name());
        }
      }
    }
    this.events = strong;
    for (Candidate c : candidates) {
      String text = Muc4Text.normalise(c.text());
      occurrences.merge(text, 1, Integer::sum);
      firstSentence.merge(text, c.sentence(), Math::min);
    }
  }

  String bucket() {
    return events == 0 ? "0" : events < 3 ? "1-2" : events < 6 ? "3-5" : "6+";
  }

  Set<String> typeFeatures() {
    return types;
  }

  int occurrences(String normalised) {
    return occurrences.getOrDefault(normalised, 0);
  }

  int firstSentence(String normalised) {
    return firstSentence.getOrDefault(normalised, -1);
  }
}
