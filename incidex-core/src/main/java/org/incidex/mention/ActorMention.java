package org.incidex.mention;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.ActorType;
import org.incidex.text.Span;

/**
 * A name (or description) of an actor as written, with the canonical name when a lexicon or an
 * earlier mention says whom it names, and what class of actor it is (armed group, state force,
 * other body, person).
 */
public record ActorMention(
    Span span, String text, Optional<String> canonical, ActorType type, ActorClass actorClass)
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
}
