package org.incidex.mention.place;

import java.util.List;
import java.util.Optional;
import org.incidex.place.Countries;

/**
 * What introduces a name: a preposition ({@code in}, {@code near}…) or an attack verb, looked for
 * backwards over words that do not break the link ("in the southern Russian city of", "in
 * Mogadishu's", "the Ugandan capital,").
 */
record Cue(Optional<String> preposition, boolean attackVerb, boolean namedAsPlace) {
  private static final int MAX_WORDS_BACK = 8;
  private static final Cue NONE = new Cue(Optional.empty(), false, false);
  private static final Cue PLACE_NOUN_ONLY = new Cue(Optional.empty(), false, true);

  /** A preposition, or a place noun right before the name ("Mali's capital, Bamako"). */
  boolean isPlaceCue() {
    return preposition.isPresent() || namedAsPlace;
  }

  static Cue preposition(String word) {
    return new Cue(Optional.of(word), false, false);
  }

  static Cue none() {
    return NONE;
  }

  static Cue before(List<Word> words, int index, Countries countries) {
    boolean afterPlaceNoun = false;
    int k = index - 1;
    for (int budget = MAX_WORDS_BACK; k >= 0 && budget > 0; budget--) {
      Word w = words.get(k);
      String l = w.lower();
      if (PlaceCues.PREPOSITIONS.contains(l)) {
        if (l.equals("of") && k > 0 && PlaceCues.PLACE_NOUNS.contains(words.get(k - 1).lower())) {
          k--; // "the city of Multan": keep looking for the preposition before "the city"
          continue;
        }
        Word owner = k > 0 ? words.get(k - 1) : null;
        boolean afterOrganisation =
            owner != null
                && (PlaceCues.ORGANISATION_NAMES.contains(owner.lower())
                    || (owner.isCapitalised()
                        && PlaceCues.ORGANISATION_HEADS.contains(owner.lower())));
        return afterOrganisation ? NONE : preposition(l);
      }
      if (PlaceCues.ATTACK_VERBS.contains(l)) {
        return new Cue(Optional.empty(), true, afterPlaceNoun);
      }
      if (PlaceCues.PLACE_NOUNS.contains(l)) {
        afterPlaceNoun = true;
        k--;
      } else if (PlaceCues.SKIPPABLE.contains(l)
          || (l.equals(",") && k > 0 && PlaceCues.PLACE_NOUNS.contains(words.get(k - 1).lower()))
          || (w.isCapitalised() && countries.fromDemonym(w.text()).isPresent())
          || (w.isCapitalised() && afterPlaceNoun)) {
        k--;
      } else if (w.isPossessive() && k > 0 && words.get(k - 1).isCapitalised()) {
        k -= 2; // "in Mogadishu's Hamarweyne district"
        while (k >= 0
            && budget > 1
            && words.get(k).isCapitalised()
            && !PlaceCues.PREPOSITIONS.contains(words.get(k).lower())) {
          k--; // "in Burkina Faso's Sahel region": the owner's other words
          budget--;
        }
      } else {
        return afterPlaceNoun ? PLACE_NOUN_ONLY : NONE;
      }
    }
    return afterPlaceNoun ? PLACE_NOUN_ONLY : NONE;
  }
}
