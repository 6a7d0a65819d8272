package org.incidex.mention.date;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.DateValue;

/**
 * A date expression placed on the calendar: its value (the start of a range), the end of a range,
 * whether anything beyond the expression itself was needed ({@code relative}), and whether its year
 * comes from the document's text (stated or carried) rather than from the publication date.
 */
record ResolvedDate(
    DateValue value, Optional<DateValue> until, boolean relative, boolean yearFromText) {
  ResolvedDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(until, "until");
  }

  /** Everything it says is in the expression ({@code 26 August 2021}). */
  static ResolvedDate stated(DateValue value) {
    return new ResolvedDate(value, Optional.empty(), false, true);
  }

  /** Resolved with a year or day from the story's earlier text ({@code On 27 August}). */
  static ResolvedDate fromNarrative(DateValue value) {
    return new ResolvedDate(value, Optional.empty(), true, true);
  }

  /** Resolved against the publication date ({@code on Saturday}, {@code In August}). */
  static ResolvedDate fromPublication(DateValue value) {
    return new ResolvedDate(value, Optional.empty(), true, false);
  }

  /** The latest date it names: the end of a range, else the value. */
  DateValue last() {
    return until.orElse(value);
  }
}
