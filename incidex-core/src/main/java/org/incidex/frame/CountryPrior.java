package org.incidex.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidex.mention.Mention;
import org.incidex.mention.PlaceMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Evidence;
import org.incidex.model.Sourced;

/**
 * The country a document is about: the country its places (and dateline) name most often, with the
 * first such place as evidence. Used only for events whose own sentence names no place.
 */
final class CountryPrior {
  Optional<Sourced<String>> of(List<SentenceMentions> document) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, PlaceMention> first = new HashMap<>();
    for (SentenceMentions sm : document) {
      for (Mention m : sm.mentions()) {
        if (m instanceof PlaceMention p && p.country().isPresent()) {
          String c = p.country().get();
          counts.merge(c, 1, Integer::sum);
          first.putIfAbsent(c, p);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() >= 2 || counts.size() == 1)
        .map(
            e -> {
              PlaceMention p = first.get(e.getKey());
              String doc = document.get(0).sentence().docId();
              return new Sourced<>(e.getKey(), new Evidence(doc, p.span()));
            });
  }
}
