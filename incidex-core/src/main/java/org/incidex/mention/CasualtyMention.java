package org.incidex.mention;

import java.util.Objects;
import org.incidex.model.Count;
import org.incidex.model.Harm;
import org.incidex.text.Span;

/**
 * A casualty figure: {@code killing over 170 people} is KILLED, over 170. {@code span} covers the
 * whole phrase; {@code numberSpan} the number itself. {@code update} marks a revised toll ({@code
 * rose to 290}), which supersedes earlier figures for the same event.
 */
public record CasualtyMention(Span span, Span numberSpan, Harm harm, Count count, boolean update)
    implements Mention {
  public CasualtyMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(numberSpan, "numberSpan");
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(count, "count");
  }
}
