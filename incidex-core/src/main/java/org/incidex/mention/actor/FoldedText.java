package org.incidex.mention.actor;

/**
 * A view of a sentence with dashes and apostrophes unified, one character for one, so offsets in
 * the view are offsets in the original. Used to match names however they are punctuated.
 */
final class FoldedText {
  private FoldedText() {}

  static String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '–' || c == '—' || c == '‐' || c == '‑' || c == '‒' || c == '−') {
        out[i] = '-';
      } else if (c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´') {
        out[i] = '\'';
      } else if (c == '\u00a0') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Whether {@code start..end} of {@code text} stands alone as a word sequence. */
  static boolean bounded(String text, int start, int end) {
    boolean left = start == 0 || !isWordChar(text.charAt(start - 1));
    boolean right = end >= text.length() || !isWordChar(text.charAt(end));
    return left && right;
  }
}
