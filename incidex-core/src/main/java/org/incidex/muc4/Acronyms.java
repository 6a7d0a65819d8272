package org.incidex.muc4;

import java.util.Locale;
import java.util.Set;

/**
 * Whether one name is the acronym of another: {@code fmln} of {@code farabundo marti national
 * liberation front}, {@code uc-eln} of {@code camilist union-army of national liberation}. The
 * acronym's letters must be the initials of the name's words, small words ({@code of}, {@code the})
 * either counted or skipped.
 */
final class Acronyms {
  private Acronyms() {}

  private static final Set<String> SMALL =
      Set.of("of", "the", "for", "and", "in", "de", "la", "del");

  static boolean isAcronymOf(String acronym, String name) {
    String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (letters.length() < 2 || acronym.strip().contains(" ")) {
      return false;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
    if (words.length < 2) {
      return false;
    }
    return matches(letters, 0, words, 0);
  }

  /** Whether the letters from {@code li} are the initials of the words from {@code wi}. */
  private static boolean matches(String letters, int li, String[] words, int wi) {
    if (wi == words.length) {
      return li == letters.length();
    }
    String w = words[wi].replaceAll("[^\\p{L}]", "");
    if (w.isEmpty()) {
      return matches(letters, li, words, wi + 1);
    }
    boolean take = li < letters.length() && letters.charAt(li) == w.charAt(0);
    if (take && matches(letters, li + 1, words, wi + 1)) {
      return true;
    }
    return SMALL.contains(w) && matches(letters, li, words, wi + 1);
  }
}
