package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * A token as the place rules see it: a possessive {@code Mogadishu's} is two words, {@code
 * Mogadishu} and {@code 's}, whatever the analyser did, so the place keeps its own span.
 */
record Word(Span span, String text, String lower, String ner) {
  private static final String[] POSSESSIVES = {"'s", "’s"};

  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean hasLowerCase() {
    return text.chars().anyMatch(Character::isLowerCase);
  }

  boolean isLetters() {
    return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
  }

  boolean isPossessive() {
    return "'s".equals(lower) || "’s".equals(lower) || "'".equals(lower) || "’".equals(lower);
  }

  /** A CoreNLP class for a place (absent from {@code PlainAnalyzer}'s tokens). */
  boolean isLocationEntity() {
    return ner.equals("LOCATION")
        || ner.equals("CITY")
        || ner.equals("STATE_OR_PROVINCE")
        || ner.equals("COUNTRY")
        || ner.equals("GPE");
  }

  /** A CoreNLP class that rules a name out as a place. */
  boolean isOtherEntity() {
    return ner.equals("PERSON")
        || ner.equals("ORGANIZATION")
        || ner.equals("DATE")
        || ner.equals("NATIONALITY")
        || ner.equals("TITLE")
        || ner.equals("RELIGION")
        || ner.equals("IDEOLOGY")
        || ner.equals("CRIMINAL_CHARGE");
  }

  static List<Word> of(Sentence sentence) {
    List<Word> words = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      String w = t.word();
      String possessive = possessiveSuffix(w);
      if (possessive.isEmpty()) {
        words.add(word(t.span(), w, t.ner()));
      } else {
        int cut = t.span().end() - possessive.length();
        words.add(word(new Span(t.span().start(), cut), w.substring(0, w.length() - 2), t.ner()));
        words.add(word(new Span(cut, t.span().end()), possessive, "O"));
      }
    }
    return words;
  }

  private static String possessiveSuffix(String w) {
    for (String p : POSSESSIVES) {
      if (w.length() > p.length() + 1 && w.endsWith(p)) {
        return p;
      }
    }
    return "";
  }

  private static Word word(Span span, String text, String ner) {
    return new Word(span, text, text.toLowerCase(Locale.ROOT), ner);
  }
}
