package org.incidex.mention.date;

import java.util.Optional;
import java.util.Set;

/**
 * Looks at the words next to a match in the text being scanned: the cue before it, the word after
 * it, whether a clause ends there. Offsets are into that text; nothing is rewritten.
 */
final class Neighbours {
  private Neighbours() {}

  /**
   * The longest of {@code cues} that ends right before {@code index} (spaces between allowed) and
   * starts at a word boundary, in lower case.
   */
  static Optional<String> cueBefore(String text, int index, Set<String> cues) {
    int end = skipSpacesBack(text, index);
    String best = null;
    for (String cue : cues) {
      int start = end - cue.length();
      if (start >= 0
          && text.regionMatches(true, start, cue, 0, cue.length())
          && (start == 0 || !isWordChar(text.charAt(start - 1)))
          && (best == null || cue.length() > best.length())) {
        best = cue;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The offset where a cue from {@code cues} right before {@code index} starts, if one does. */
  static Optional<Integer> cueStart(String text, int index, Set<String> cues) {
    int end = skipSpacesBack(text, index);
    return cueBefore(text, index, cues).map(cue -> end - cue.length());
  }

  /** The word (letters only) right before {@code index}, in lower case; empty if none. */
  static String wordBefore(String text, int index) {
    int end = skipSpacesBack(text, index);
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return DateWords.lower(text.substring(start, end));
  }

  /** The word (letters only) right after {@code index}, as written; empty if none. */
  static String wordAfter(String text, int index) {
    int start = skipSpaces(text, index);
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Whether no word or number follows {@code index} before punctuation or the end of the text. */
  static boolean clauseEndsAt(String text, int index) {
    int i = skipSpaces(text, index);
    return i >= text.length() || !isWordChar(text.charAt(i));
  }

  /** Whether the number just before {@code index} is followed by a clock-time word. */
  static boolean timeFollows(String text, int index) {
    return DateCues.TIME_WORDS.contains(DateWords.lower(wordAfter(text, index)));
  }

  /** Whether the word after {@code index} is a noun without plural -s that makes a count. */
  static boolean countNounFollows(String text, int index) {
    return DateCues.COUNT_NOUNS.contains(DateWords.lower(wordAfter(text, index)));
  }

  /**
   * Whether the word after {@code index} makes the number before it a count: a count noun, or a
   * lower-case word that looks plural ({@code 2000 fighters}).
   */
  static boolean countFollows(String text, int index) {
    String word = wordAfter(text, index);
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    String w = DateWords.lower(word);
    return DateCues.COUNT_NOUNS.contains(w)
        || w.length() > 3
            && w.endsWith("s")
            && !w.endsWith("ss")
            && !DateCues.NOT_PLURALS.contains(w);
  }

  /** Whether {@code start..end} is wrapped in parentheses, spaces allowed inside. */
  static boolean parenthesised(String text, int start, int end) {
    int before = skipSpacesBack(text, start);
    int after = skipSpaces(text, end);
    return before > 0
        && text.charAt(before - 1) == '('
        && after < text.length()
        && text.charAt(after) == ')';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static int skipSpaces(String text, int index) {
    int i = index;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpacesBack(String text, int index) {
    int i = index;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
