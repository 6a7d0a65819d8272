package org.incidex.mention;

import java.util.Objects;
import org.incidex.model.IncidentType;
import org.incidex.text.Span;

/**
 * A word or phrase that reports an event: {@code suicide bombings}, {@code arrested}, {@code drone
 * strike}. {@code cue} is the matched phrase (lower case); {@code strength} says whether it reports
 * an event by itself; {@code generic} marks habitual or plural uses that report no single event
 * ({@code routinely carries out such bombings}); {@code definite} marks a reference back to an
 * event told before ({@code the attack}).
 */
public record EventMention(
    Span span,
    IncidentType type,
    String cue,
    Strength strength,
    boolean suicide,
    boolean generic,
    boolean definite)
    implements Mention {
  public EventMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(strength, "strength");
  }

  public boolean isStrong() {
    return strength == Strength.STRONG;
  }
}
