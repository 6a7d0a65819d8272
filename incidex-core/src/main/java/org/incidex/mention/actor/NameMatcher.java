package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.incidex.text.Casing;

/**
 * Finds a name in a sentence however writers vary it, and no more: any dash or apostrophe ({@code
 * ISIS–K} = {@code ISIS-K}); any case for words the name writes in lower case; but a word the name
 * capitalises must be capitalised in the text ({@code Islamic State} is not the {@code Islamic
 * state} of "a fundamentalist Islamic state"), except for particles ({@code al}, {@code the}).
 * Acronyms ({@code IS}, {@code TAK}) and names with capitals inside a word ({@code LeT}) match only
 * as written, so the verb "is" and the word "let" are never groups. In a sentence without any
 * lower-case (or any upper-case) letter, capitals say nothing and are not checked. Offsets returned
 * are local to the sentence text.
 */
final class NameMatcher {
  private NameMatcher() {}

  /** Words that names write either way: "al-Qaeda" / "Al-Qaeda", "the Taliban" / "The Taliban". */
  static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the", "of", "and", "wa", "wal",
          "fi", "ul", "e", "i", "de", "la", "del", "bin", "ibn", "for", "in");

  /** Start and end offsets of each occurrence of {@code name} in {@code text}. */
  static List<int[]> find(String text, String name) {
    return in(text).find(name);
  }

  /** A sentence prepared once for matching many names (the lexicon's, in turn). */
  static Text in(String text) {
    return new Text(text);
  }

  /** A name prepared once: folded, and whether it must match as written. */
  private record Needle(String folded, boolean asWritten, boolean readsCaselessly) {}

  /** Prepared names; the lexicon's and those documents teach, cleared if it ever grows large. */
  private static final Map<String, Needle> NEEDLES = new ConcurrentHashMap<>();

  private static final int MAX_NEEDLES = 100_000;

  private static Needle needle(String name) {
    if (NEEDLES.size() > MAX_NEEDLES) {
      NEEDLES.clear();
    }
    return NEEDLES.computeIfAbsent(
        name,
        n -> {
          String folded = FoldedText.fold(n);
          return new Needle(
              folded, asWritten(folded), ActorLexicon.isAcronym(folded) && readsCaselessly(folded));
        });
  }

  /** A sentence's text folded once, with its lower-case view and whether it is cased. */
  static final class Text {
    private final String folded;
    private final String lower;
    private final boolean cased;

    private Text(String text) {
      this.folded = FoldedText.fold(text);
      String lowered = folded.toLowerCase(Locale.ROOT);
      this.lower = lowered.length() == folded.length() ? lowered : null;
      this.cased = isCased(text);
    }

    /** Start and end offsets of each occurrence of {@code name}. */
    List<int[]> find(String name) {
      List<int[]> out = new ArrayList<>();
      Needle n = needle(name);
      boolean exact = n.asWritten() && (cased || !n.readsCaselessly());
      String haystack = exact ? folded : lower;
      String wanted = exact ? n.folded() : n.folded().toLowerCase(Locale.ROOT);
      if (wanted.isEmpty() || haystack == null) {
        return out;
      }
      int from = 0;
      while ((from = haystack.indexOf(wanted, from)) >= 0) {
        int end = from + wanted.length();
        if (FoldedText.bounded(folded, from, end)
            && (exact || !cased || capitalsAgree(n.folded(), folded, from))) {
          out.add(new int[] {from, end});
        }
        from = end;
      }
      return out;
    }
  }

  /** Names that must match exactly as written: short acronyms and camel-case acronyms. */
  static boolean asWritten(String name) {
    if (ActorLexicon.isAcronym(name)) {
      return true;
    }
    for (String w : name.split("[\\s'-]+")) {
      for (int i = 1; i < w.length(); i++) {
        if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Acronyms that are also words or first names, which caseless text cannot tell apart. */
  private static final Set<String> ACRONYMS_THAT_ARE_WORDS =
      Set.of("far", "ana", "ira", "eta", "usa");

  /**
   * Whether an acronym may match in text written in one case ("fmln", "eln" in a lower-cased wire):
   * three letters or more and not a word ("IS", "FAR" still need capitals). Names with capitals
   * inside a word ("LeT") are never read caselessly: "let" is a word.
   */
  static boolean readsCaselessly(String acronym) {
    String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    return letters.length() >= 3 && !ACRONYMS_THAT_ARE_WORDS.contains(letters);
  }

  /** Whether the text has both capitals and small letters, so that capitals carry meaning. */
  static boolean isCased(String text) {
    return Casing.of(text).isMixed();
  }

  /** Every word the name capitalises (particles aside) is capitalised in the text at {@code at}. */
  static boolean capitalsAgree(String name, String text, int at) {
    int i = 0;
    while (i < name.length()) {
      int j = i;
      while (j < name.length() && Character.isLetterOrDigit(name.charAt(j))) {
        j++;
      }
      if (j > i) {
        String word = name.substring(i, j);
        boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT));
        if (!particle
            && Character.isUpperCase(word.charAt(0))
            && !Character.isUpperCase(text.charAt(at + i))) {
          return false;
        }
      }
      i = Math.max(j, i + 1);
    }
    return true;
  }
}
