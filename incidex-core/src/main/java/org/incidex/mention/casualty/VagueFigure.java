package org.incidex.mention.casualty;

import java.util.Objects;
import org.incidex.model.Harm;
import org.incidex.text.Span;

/**
 * A casualty phrase whose amount is not a number ({@code scores of casualties}, {@code injuring
 * dozens}): the guidelines leave the figure empty, and the pipeline records a Problem. {@code span}
 * covers the phrase and {@code amountSpan} the vague words, in document offsets; {@code amount} is
 * those words as written.
 */
public record VagueFigure(Span span, Span amountSpan, String amount, Harm harm) {
  public VagueFigure {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(amountSpan, "amountSpan");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(harm, "harm");
  }

  /** What a Problem says: {@code "injuring dozens" has no number; wounded left empty}. */
  public String message(String phrase) {
    return "\""
        + phrase
        + "\" has no number; "
        + harm.name().toLowerCase(java.util.Locale.ROOT)
        + " left empty";
  }
}
