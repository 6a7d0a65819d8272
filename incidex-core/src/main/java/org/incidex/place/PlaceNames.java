package org.incidex.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lookup key of a place name: case, diacritics, apostrophes, dots, dashes and spacing folded
 * away, leaving ASCII letters and digits separated by single spaces ({@code Bamako-Sénou} → {@code
 * bamako senou}, {@code Murang'a} → {@code muranga}, {@code U.S.} → {@code us}). The gazetteer
 * builder ({@code scripts/gazetteer/build-gazetteer.js}) folds names the same way; the two must
 * change together.
 */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['’‘ʼʻʿʾ`´′.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  /** Letters that Unicode decomposition leaves alone. */
  private static final Map<Character, String> SPECIAL_LETTERS =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('ı', "i"),
          Map.entry('þ', "th"),
          Map.entry('ð', "d"),
          Map.entry('ħ', "h"),
          Map.entry('ŋ', "ng"),
          Map.entry('ŧ', "t"),
          Map.entry('ĸ', "k"));

  private PlaceNames() {}

  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = c < 128 ? null : SPECIAL_LETTERS.get(c);
      if (replacement != null) {
        folded.append(replacement);
      } else {
        folded.append(c);
      }
    }
    s = DROPPED.matcher(folded).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").trim();
  }
}
