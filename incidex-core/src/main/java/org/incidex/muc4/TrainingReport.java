package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a training run reports: the settings, each slot's threshold and held-out counts, the
 * held-out micro F1 of the entity decisions (an estimate of the scorer's REE figure), how many key
 * entities some candidate could fill, and how often relevance was told right.
 */
final class TrainingReport {
  private TrainingReport() {}

  /** The held-out micro F1 of the entity decisions, in percent. */
  static double estimate(Collection<ThresholdSearch.Cut> cuts) {
    int right = 0;
    int proposed = 0;
    int gold = 0;
    for (ThresholdSearch.Cut c : cuts) {
      right += c.right();
      proposed += c.proposed();
      gold += c.gold();
    }
    return right == 0 ? 0 : 200.0 * right / (proposed + gold);
  }

  static List<String> lines(
      List<Labelled> docs,
      double[] relevance,
      Map<Slot, ThresholdSearch.Cut> cuts,
      RoleModelTrainer.Settings settings) {
    List<String> out = new ArrayList<>();
    out.add("settings: " + settings);
    for (Map.Entry<Slot, ThresholdSearch.Cut> e : cuts.entrySet()) {
      ThresholdSearch.Cut c = e.getValue();
      out.add(
          String.format(
              Locale.ROOT,
              "%s: threshold %.3f, held-out %d right of %d proposed, %d in the key",
              e.getKey().jsonName(),
              c.threshold(),
              c.right(),
              c.proposed(),
              c.gold()));
    }
    out.add(
        String.format(Locale.ROOT, "held-out entity F1 estimate: %.2f", estimate(cuts.values())));
    for (Slot slot : Slot.values()) {
      out.add(reachable(docs, slot));
    }
    int told = 0;
    for (int d = 0; d < docs.size(); d++) {
      if ((relevance[d] >= 0.5) == ((docs.get(d).documentLabels() & 1) == 1)) {
        told++;
      }
    }
    out.add(
        String.format(
            Locale.ROOT,
            "relevance: %d of %d documents told right on held-out folds (%.1f%%)",
            told,
            docs.size(),
            100.0 * told / Math.max(1, docs.size())));
    return out;
  }

  private static String reachable(List<Labelled> docs, Slot slot) {
    int keyed = 0;
    int reachable = 0;
    for (Labelled d : docs) {
      Set<String> texts = new HashSet<>();
      d.candidates().forEach(c -> texts.add(Muc4Text.normalise(c.text())));
      for (Set<String> entity : GoldEntities.of(d.gold(), slot)) {
        keyed++;
        if (entity.stream().anyMatch(texts::contains)) {
          reachable++;
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "%s: %d of %d key entities have a candidate (%.1f%%)",
        slot.jsonName(),
        reachable,
        keyed,
        100.0 * reachable / Math.max(1, keyed));
  }
}
