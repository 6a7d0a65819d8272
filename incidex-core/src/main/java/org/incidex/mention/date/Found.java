package org.incidex.mention.date;

import java.util.Objects;

/**
 * One date expression found by a scan: the rule that read it, its offsets in the scanned text
 * (UTF-16, end exclusive, never rewritten), and what it states.
 *
 * <p>A {@code fragment} is a date only if its context says so: a bare year without a cue, a month
 * name alone, a lower-case {@code may} with a day. It may open or close a range ({@code from 2011
 * to 2012}); otherwise running text drops it. A {@code background} date follows a cue such as
 * {@code since} and anchors nothing after it (see {@link DateCues#BACKGROUND_CUES}).
 */
record Found(
    String rule,
    int start,
    int end,
    DateExpression expression,
    boolean fragment,
    boolean background) {
  Found {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(expression, "expression");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad date offsets " + start + ".." + end);
    }
  }

  /**
   * A found expression at {@code start..end} of {@code text}, without a final period, comma or
   * space ({@code 17 Sept.} at a sentence end keeps {@code 17 Sept}); background if a background
   * cue comes right before it.
   */
  static Found of(
      String rule, int start, int end, DateExpression expression, boolean fragment, String text) {
    int e = end;
    while (e > start + 1
        && (".,".indexOf(text.charAt(e - 1)) >= 0 || Neighbours.isSpace(text.charAt(e - 1)))) {
      e--;
    }
    boolean background = Neighbours.cueBefore(text, start, DateCues.BACKGROUND_CUES).isPresent();
    return new Found(rule, start, e, expression, fragment, background);
  }

  int length() {
    return end - start;
  }

  Found asDate() {
    return new Found(rule, start, end, expression, false, background);
  }
}
