package org.incidex.mention;

import java.util.Objects;
import org.incidex.model.Target;
import org.incidex.text.Span;

/** A word naming what or whom an act targeted: {@code mosque} is RELIGIOUS. */
public record TargetMention(Span span, Target target, String cue) implements Mention {
  public TargetMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cue, "cue");
  }
}
