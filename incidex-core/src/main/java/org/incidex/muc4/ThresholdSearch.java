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
 * thresholds are the probabilities where the micro F1 over all slots peaks ({@link #bestMicro}).
 */
final class ThresholdSearch {
  private static final double FLOOR = 0.02;

  /** Rounds of the micro-F1 search; it settles in two or three. */
  private static final int MAX_ROUNDS = 20;

  private final EntityDecoder decoder = new EntityDecoder(ActorLexicon.standard());

  /** One ranked entity: its probability and whether it was right. */
  record Ranked(double probability, boolean right) {}

  /** A slot's chosen threshold, and the entities right, proposed and in the key at it. */
  record Cut(double threshold, int right, int proposed, int gold) {}

  Map<Slot, Cut> choose(List<Labelled> docs, List<double[][]> probabilities) {
    Map<Slot, List<Cut>> options = new EnumMap<>(Slot.class);
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
      options.put(slot, cuts(ranked, gold));
    }
    return bestMicro(options);
  }

  /**
   * Every cut-off a slot could take, strictest first: none proposed, then one after each run of
   * tied probabilities.
   */
  static List<Cut> cuts(List<Ranked> ranked, int gold) {
    ranked.sort(Comparator.comparingDouble(Ranked::probability).reversed());
    List<Cut> out = new ArrayList<>();
    out.add(new Cut(1.0, 0, 0, gold));
    int right = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).right()) {
        right++;
      }
      boolean lastOfTies =
          i + 1 == ranked.size() || ranked.get(i + 1).probability() < ranked.get(i).probability();
      if (lastOfTies) {
        out.add(new Cut(Math.max(ranked.get(i).probability(), FLOOR), right, i + 1, gold));
      }
    }
    return out;
  }

  /**
   * The cut of each slot that together give the highest micro F1 over all slots, which is what the
   * scorer reports: each slot starts at its own best F1, then each in turn moves to the cut that
   * best serves the total, until none moves. A slot the model tells badly (PerpInd) proposes less
   * than its own F1 would ask for, since its doubtful entities cost the total more than they bring.
   */
  static Map<Slot, Cut> bestMicro(Map<Slot, List<Cut>> options) {
    Map<Slot, Cut> chosen = new EnumMap<>(Slot.class);
    options.forEach((slot, cuts) -> chosen.put(slot, best(cuts, 0, 0, 0)));
    int gold = chosen.values().stream().mapToInt(Cut::gold).sum();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean moved = false;
      for (Map.Entry<Slot, List<Cut>> e : options.entrySet()) {
        int right = 0;
        int proposed = 0;
        for (Map.Entry<Slot, Cut> c : chosen.entrySet()) {
          if (c.getKey() != e.getKey()) {
            right += c.getValue().right();
            proposed += c.getValue().proposed();
          }
        }
        Cut next = best(e.getValue(), right, proposed, gold - e.getValue().get(0).gold());
        if (!next.equals(chosen.get(e.getKey()))) {
          chosen.put(e.getKey(), next);
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return chosen;
  }

  /**
   * The cut with the highest F1 when others add {@code right}, {@code proposed} and {@code gold}.
   */
  private static Cut best(List<Cut> cuts, int right, int proposed, int gold) {
    Cut best = cuts.get(0);
    double bestF = -1;
    for (Cut c : cuts) {
      int r = right + c.right();
      int all = proposed + c.proposed() + gold + c.gold();
      double f = all == 0 ? 0 : 2.0 * r / all;
      if (f > bestF) {
        bestF = f;
        best = c;
      }
    }
    return best;
  }
}
