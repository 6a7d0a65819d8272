package org.incidex.mention;

import java.util.Objects;
import org.incidex.model.Attribution;
import org.incidex.text.Span;

/**
 * A statement tying an actor to an act: {@code al-Shabaab claimed responsibility} (CLAIMED), {@code
 * an ISIS–K suicide bomber} (STATED), {@code suspected the group's involvement} (SUSPECTED). {@code
 * span} covers the cue; {@code actor} is the actor mention it ties.
 */
public record AttributionMention(Span span, ActorMention actor, Attribution attribution)
    implements Mention {
  public AttributionMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(attribution, "attribution");
  }
}
