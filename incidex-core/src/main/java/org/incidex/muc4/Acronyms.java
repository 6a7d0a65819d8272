package org.incidex.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one name is the acronym of another. The letters are the initials of the name's words in
 * order ({@code urng} of {@code unidad revolucionaria nacional guatemalteca}, small words such as
 * {@code of} counted or skipped), or, since MUC-4's wires translate Spanish names and keep their
 * acronyms, the same initials in another order with at most one word to spare ({@code fmln} of
 * {@code farabundo marti national liberation front}, from {@code frente farabundo marti para la
 * liberacion nacional}).
 */
final class Acronyms {
  private Acronyms() {}

  private static final Set<String> SMALL =
      Set.of("of", "the", "for", "and", "in", "de", "la", "del", "para", "y");

  /** Reordered initials need this many letters, so that two-letter words match nothing. */
  private static final int MIN_REORDERED = 3;

  static boolean isAcronymOf(String acronym, String name) {
    String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (letters.length() < 2 || acronym.strip().contains(" ")) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      String clean = w.replaceAll("[^\\p{L}]", "");
      if (!clean.isEmpty()) {
        words.add(clean);
      }
    }
    if (words.size() < 2) {
      return false;
    }
    return inOrder(letters, 0, words, 0) || reordered(letters, words);
  }

  /** Whether the letters from {@code li} are the initials of the words from {@code wi}. */
  private static boolean inOrder(String letters, int li, List<String> words, int wi) {
    if (wi == words.size()) {
      return li == letters.length();
    }
    String w = words.get(wi);
    boolean take = li < letters.length() && letters.charAt(li) == w.charAt(0);
    if (take && inOrder(letters, li + 1, words, wi + 1)) {
      return true;
    }
    return SMALL.contains(w) && inOrder(letters, li, words, wi + 1);
  }

  /** Every letter is the initial of a different content word, with at most one word left over. */
  private static boolean reordered(String letters, List<String> words) {
    if (letters.length() < MIN_REORDERED) {
      return false;
    }
    List<Character> initials = new ArrayList<>();
    words.stream().filter(w -> !SMALL.contains(w)).forEach(w -> initials.add(w.charAt(0)));
    if (initials.size() - letters.length() > 1 || initials.size() < letters.length()) {
      return false;
    }
    for (char c : letters.toCharArray()) {
      if (!initials.remove(Character.valueOf(c))) {
        return false;
      }
    }
    return true;
  }
}
