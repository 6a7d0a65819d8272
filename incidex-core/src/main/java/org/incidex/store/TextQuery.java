package org.incidex.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full-text query: phrases of words that must all occur, each phrase's words in order ({@code
 * "claimed responsibility"} in double quotes is one phrase; {@code ISIS-K} is the phrase {@code
 * ISIS K}). Matching is stemmed and case-insensitive, so {@code bombing} finds "bombings"; SQLite
 * also ignores diacritics. Phrases hold only letters, digits and single spaces, and both backends
 * read the same {@link #render rendering} (SQLite's FTS5 {@code MATCH}, PostgreSQL's {@code
 * websearch_to_tsquery}) as ANDed phrases: nothing a user types can become query syntax.
 */
public record TextQuery(List<String> phrases) {
  private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern PHRASE =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?: [\\p{L}\\p{M}\\p{N}]+)*");

  public TextQuery {
    phrases = List.copyOf(phrases);
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException("a text query needs at least one word");
    }
    for (String p : phrases) {
      if (!PHRASE.matcher(p).matches()) {
        throw new IllegalArgumentException("not a phrase of words: '" + p + "'");
      }
    }
  }

  /**
   * The query a user typed: words, and phrases in double quotes; punctuation separates words.
   *
   * @throws IllegalArgumentException when no word remains
   */
  public static TextQuery parse(String typed) {
    List<String> phrases = new ArrayList<>();
    Matcher m = PART.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC));
    while (m.find()) {
      String part = m.group(1) != null ? m.group(1) : m.group(2);
      String words = NOT_WORD.matcher(part).replaceAll(" ").strip();
      if (!words.isEmpty()) {
        phrases.add(words);
      }
    }
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + typed + "' has no word to search for (letters or digits)");
    }
    return new TextQuery(phrases);
  }

  /**
   * Each phrase in double quotes, separated by spaces: {@code "ISIS K" "claimed responsibility"}.
   */
  public String render() {
    StringBuilder b = new StringBuilder();
    for (String p : phrases) {
      b.append(b.length() == 0 ? "" : " ").append('"').append(p).append('"');
    }
    return b.toString();
  }
}
