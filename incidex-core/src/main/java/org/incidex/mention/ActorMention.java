package org.incidex.mention;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.ActorType;
import org.incidex.text.Span;

/**
 * A name or description of an actor as written ({@code text}), with the canonical name when a
 * lexicon or a pattern says whom it names, and what class of actor it is. An {@code anaphoric}
 * mention ({@code the group}, {@code the militants}) names no one by itself: a later stage resolves
 * it to an actor named before.
 */
public record ActorMention(
    Span span,
    String text,
    Optional<String> canonical,
    ActorType type,
    ActorClass actorClass,
    boolean anaphoric)
    implements Mention {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actorClass, "actorClass");
  }

  /** The canonical name when known, else the text. */
  public String name() {
    return canonical.orElse(text);
  }

  public boolean isArmedGroup() {
    return actorClass == ActorClass.ARMED_GROUP;
  }

  /** The same mention, now known to name {@code name} (a description stays a description). */
  public ActorMention resolvedTo(String name, ActorClass cls) {
    return new ActorMention(span, text, Optional.of(name), type, cls, anaphoric);
  }
}
