package org.incidex.mention.phrase;

import java.util.Locale;
import java.util.Set;
import org.incidex.text.Token;

/**
 * Closed word classes that bound noun phrases, for taggers that know them (CoreNLP's Penn tags) and
 * for those that do not (the plain analyser tags every lower-case word NN): a determiner, a
 * preposition or a pronoun is never inside a phrase's modifiers, whatever the tag says.
 */
public final class Words {
  private Words() {}

  /** Words that open a phrase; they are not part of the reported span. */
  static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
          "my", "your", "some", "any", "each", "every", "another", "such", "no", "all", "both",
          "several", "many", "few", "other");

  /** Words that end a phrase on the left and are never a modifier. */
  static final Set<String> CLOSED =
      Set.of(
          "of",
          "in",
          "on",
          "at",
          "by",
          "for",
          "with",
          "from",
          "to",
          "into",
          "against",
          "near",
          "and",
          "or",
          "but",
          "as",
          "than",
          "after",
          "before",
          "during",
          "since",
          "while",
          "when",
          "where",
          "who",
          "whom",
          "whose",
          "which",
          "that",
          "what",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "can",
          "not",
          "also",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "him",
          "them",
          "us",
          "me",
          "there",
          "here",
          "said",
          "says",
          "reported",
          "today",
          "yesterday",
          "tonight",
          "ago",
          "according",
          "about",
          "over",
          "under",
          "between",
          "among",
          "through",
          "without",
          "within",
          "if",
          "so",
          "then",
          "because",
          "although",
          "however",
          "very",
          "already",
          "still",
          "just",
          "only",
          "even");

  /** Tags of words that may modify a noun inside a phrase. */
  private static final Set<String> MODIFIER_TAGS =
      Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "CD", "FW", "POS");

  public static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** A noun by its tag; the plain analyser's NN counts, so tables must say which nouns matter. */
  public static boolean isNoun(Token t) {
    return t.pos().startsWith("NN") && !CLOSED.contains(lower(t));
  }

  /** Whether the token can stand inside a noun phrase before its head. */
  public static boolean isModifier(Token t) {
    String w = lower(t);
    if (CLOSED.contains(w) || DETERMINERS.contains(w)) {
      return false;
    }
    if (w.equals("\"") || w.equals("-") || w.equals("–")) {
      return true; // a quoted name, or a dash inside a name: "ISIS–K attackers"
    }
    return MODIFIER_TAGS.contains(t.pos()) && Character.isLetterOrDigit(w.charAt(0));
  }

  public static boolean isDeterminer(Token t) {
    return DETERMINERS.contains(lower(t)) || t.pos().equals("DT") || t.pos().equals("PRP$");
  }
}
