package org.incidex.mention.casualty;

import java.util.Objects;
import java.util.OptionalInt;
import org.incidex.model.Harm;
import org.incidex.model.Qualifier;

/**
 * A figure a rule found, in offsets local to the sentence text: the whole phrase {@code [start,
 * end)}, the amount {@code [numberStart, numberEnd)}, what it counts, and its value ({@code empty}
 * for a vague amount such as {@code scores}).
 */
record Figure(
    int start,
    int end,
    int numberStart,
    int numberEnd,
    Harm harm,
    OptionalInt value,
    Qualifier qualifier,
    boolean update) {
  Figure {
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(qualifier, "qualifier");
    if (start < 0 || start > numberStart || numberStart > numberEnd || numberEnd > end) {
      throw new IllegalArgumentException(
          "bad figure " + start + ".." + end + " number " + numberStart + ".." + numberEnd);
    }
  }

  boolean contains(Figure other) {
    return start <= other.start && other.end <= end;
  }
}
