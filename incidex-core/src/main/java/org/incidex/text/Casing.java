package org.incidex.text;

/**
 * How many capitals and small letters a text has: whether its capitals can mean anything (a text in
 * one case, an all-capitals telex or a lower-cased archive, marks no name by them).
 */
public record Casing(int upper, int lower) {
  public static Casing of(CharSequence text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      upper += Character.isUpperCase(c) ? 1 : 0;
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return new Casing(upper, lower);
  }

  /** Letters that have a case. */
  public int letters() {
    return upper + lower;
  }

  /** Both capitals and small letters, so that capitals carry meaning. */
  public boolean isMixed() {
    return upper > 0 && lower > 0;
  }
}
