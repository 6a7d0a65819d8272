package org.incidex.muc4;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the MUC-4 scorer compares strings (SQuAD-style): lower case, ASCII punctuation removed, the
 * words a/an/the removed, spaces collapsed. Labels for training use the same comparison, so a
 * candidate is right exactly when the scorer would count it.
 */
public final class Muc4Text {
  private Muc4Text() {}

  private static final Pattern PUNCTUATION =
      Pattern.compile("[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]");
  private static final Pattern ARTICLES = Pattern.compile("\\b(?:a|an|the)\\b");

  public static String normalise(String mention) {
    String s = mention.toLowerCase(Locale.ROOT);
    s = PUNCTUATION.matcher(s).replaceAll("");
    s = ARTICLES.matcher(s).replaceAll(" ");
    return String.join(" ", s.strip().split("\\s+"));
  }
}
