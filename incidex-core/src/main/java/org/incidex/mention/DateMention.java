package org.incidex.mention;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.DateValue;
import org.incidex.text.Span;

/**
 * A date expression, resolved as far as the text allows: {@code value} is the date (or the start of
 * a range), {@code until} the end of a range. {@code relative} marks expressions resolved against
 * the document's date or an earlier date ({@code on Saturday}, {@code the next day}).
 */
public record DateMention(Span span, DateValue value, Optional<DateValue> until, boolean relative)
    implements Mention {
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(until, "until");
  }
}
