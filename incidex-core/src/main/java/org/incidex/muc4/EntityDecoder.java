package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.mention.actor.LexiconEntry;
import org.incidex.text.Token;

/**
 * Stage: turns scored candidates of one document into entities per slot. Candidates at or above a
 * floor probability are grouped into one entity when they have the same text (as the scorer
 * compares), overlap in the text ({@code car bomb} and {@code bomb} at one place), name the same
 * actor in the lexicon or one is the other's acronym ({@code fmln}), or one's lemmas are among the
 * other's with the same head ({@code galan} and {@code luis carlos galan}, {@code bombs} and {@code
 * two bombs}). An entity gives the text of its most probable candidate.
 */
final class EntityDecoder {
  private final ActorLexicon lexicon;

  EntityDecoder(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Entity> decode(
      Slot slot, List<Candidate> candidates, double[][] probabilities, double floor) {
    int s = slot.ordinal();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (probabilities[i][s] >= floor) {
        kept.add(i);
      }
    }
    int[] parent = new int[kept.size()];
    Arrays.setAll(parent, i -> i);
    Map<String, Integer> byText = new HashMap<>();
    List<Set<String>> words = new ArrayList<>();
    for (int a = 0; a < kept.size(); a++) {
      Candidate ca = candidates.get(kept.get(a));
      String text = Muc4Text.normalise(ca.text());
      words.add(lemmas(ca));
      Integer same = byText.putIfAbsent(text, a);
      if (same != null) {
        union(parent, a, same);
      }
      Optional<LexiconEntry> actor = lexicon.lookup(ca.text());
      if (actor.isPresent()) {
        Integer named = byText.putIfAbsent("\u0000" + actor.get().canonical(), a);
        if (named != null) {
          union(parent, a, named);
        }
      }
    }
    for (int a = 0; a < kept.size(); a++) {
      Candidate ca = candidates.get(kept.get(a));
      for (int b = 0; b < a; b++) {
        Candidate cb = candidates.get(kept.get(b));
        if (overlap(ca, cb)
            || sameName(ca, cb, words.get(a), words.get(b))
            || Acronyms.isAcronymOf(ca.text(), cb.text())
            || Acronyms.isAcronymOf(cb.text(), ca.text())) {
          union(parent, a, b);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int a = 0; a < kept.size(); a++) {
      groups.computeIfAbsent(find(parent, a), k -> new ArrayList<>()).add(kept.get(a));
    }
    List<Entity> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      int best = g.stream().max(Comparator.comparingDouble(i -> probabilities[i][s])).orElseThrow();
      out.add(
          new Entity(
              slot,
              g.stream().map(candidates::get).toList(),
              candidates.get(best),
              probabilities[best][s]));
    }
    out.sort(Comparator.comparingInt(Entity::firstSentence));
    return out;
  }

  /** The lemmas of a candidate's words, lower case, without punctuation and articles. */
  private static Set<String> lemmas(Candidate c) {
    Set<String> out = new HashSet<>();
    for (Token t : c.phrase().tokens()) {
      String lemma = Muc4Text.normalise(t.lemma());
      if (!lemma.isEmpty()) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static boolean overlap(Candidate a, Candidate b) {
    return a.sentence() == b.sentence()
        && a.phrase().first() <= b.phrase().last()
        && b.phrase().first() <= a.phrase().last();
  }

  private static boolean sameName(Candidate a, Candidate b, Set<String> wa, Set<String> wb) {
    if (!a.phrase().headLemma().equals(b.phrase().headLemma())) {
      return false;
    }
    return wa.containsAll(wb) || wb.containsAll(wa);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
