package org.incidex.muc4;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer key's entities of one slot in a document, merged over its templates as GRIT's scorer
 * does: an entity whose mention set is a subset or superset of one already kept is dropped.
 * Mentions are compared as the scorer compares them ({@link Muc4Text#normalise}).
 */
final class GoldEntities {
  private GoldEntities() {}

  static List<Set<String>> of(Muc4Document d, Slot slot) {
    List<Set<String>> kept = new ArrayList<>();
    for (Template t : d.templates()) {
      for (Filler f : t.fillers(slot)) {
        Set<String> mentions = new HashSet<>();
        f.mentions().forEach(m -> mentions.add(Muc4Text.normalise(m)));
        boolean overlaps =
            kept.stream().anyMatch(k -> k.containsAll(mentions) || mentions.containsAll(k));
        if (!overlaps) {
          kept.add(mentions);
        }
      }
    }
    return kept;
  }

  /** Every mention of the slot's entities. */
  static Set<String> mentions(Muc4Document d, Slot slot) {
    Set<String> all = new HashSet<>();
    of(d, slot).forEach(all::addAll);
    return all;
  }
}
