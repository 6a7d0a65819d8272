package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidex.mention.actor.ActorLexicon;

/**
 * Chooses each slot's threshold on held-out probabilities: the entities decoded above a low floor
 * are ranked by probability over all documents, each counted right when its text is among a key
 * entity's mentions not already matched in its document (the scorer's one-to-one rule), and the
 * threshold is the probability where F1 peaks.
 */
final class ThresholdSearch {
  private static final double FLOOR = 0.02;

  private final EntityDecoder decoder = new EntityDecoder(ActorLexicon.standard());

  /** One ranked entity: its probability and whether it was right. */
  private record Ranked(double probability, boolean right) {}

  /** A slot's chosen threshold, and the entities right, proposed and in the key at it. */
  record Cut(double threshold, int right, int proposed, int gold) {}

  Map<Slot, Cut> choose(List<Labelled> docs, List<double[][]> probabilities) {
    Map<Slot, Cut> out = new EnumMap<>(Slot.class);
    for (Slot slot : Slot.values()) {
      List<Ranked> ranked = new ArrayList<>();
      int gold = 0;
      for (int d = 0; d < docs.size(); d++) {
        Labelled doc = docs.get(d);
        List<Set<String>> key = GoldEntities.of(doc.gold(), slot);
        gold += key.size();
        List<Entity> entities =
            new ArrayList<>(decoder.decode(slot, doc.candidates(), probabilities.get(d), FLOOR));
        entities.sort(Comparator.comparingDouble(Entity::probability).reversed());
        Set<Integer> taken = new HashSet<>();
        for (Entity e : entities) {
          String text = Muc4Text.normalise(e.best().text());
          boolean right = false;
          for (int g = 0; g < key.size() && !right; g++) {
            if (!taken.contains(g) && key.get(g).contains(text)) {
              taken.add(g);
              right = true;
            }
          }
          ranked.add(new Ranked(e.probability(), right));
        }
      }
      out.put(slot, best(ranked, gold));
    }
    return out;
  }

  /** The probability cut-off with the highest F1. */
  private static Cut best(List<Ranked> ranked, int gold) {
    ranked.sort(Comparator.comparingDouble(Ranked::probability).reversed());
    double bestF = -1;
    Cut bestCut = new Cut(0.5, 0, 0, gold);
    int right = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).right()) {
        right++;
      }
      boolean lastOfTies =
          i + 1 == ranked.size() || ranked.get(i + 1).probability() < ranked.get(i).probability();
      if (!lastOfTies) {
        continue;
      }
      double p = right / (double) (i + 1);
      double r = gold == 0 ? 0 : right / (double) gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f > bestF) {
        bestF = f;
        bestCut = new Cut(Math.max(ranked.get(i).probability(), FLOOR), right, i + 1, gold);
      }
    }
    return bestCut;
  }
}
