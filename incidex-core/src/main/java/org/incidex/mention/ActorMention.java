package org.incidex.mention;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;
import org.incidex.text.Span;

/**
 * A name or description of an actor as written ({@code text}), with the canonical name when a
 * lexicon or a pattern says whom it names, and what class of actor it is. An {@code anaphoric}
 * mention ({@code the group}, {@code the militants}) names no one by itself: a later stage resolves
 * it to an actor named before. {@code basis} says why the text names the canonical actor (the
 * lexicon, a nationality, an alias the text gave, a short form of a full name).
 */
public record ActorMention(
    Span span,
    String text,
    Optional<String> canonical,
    ActorType type,
    ActorClass actorClass,
    boolean anaphoric,
    LinkBasis basis)
    implements Mention {
  public ActorMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actorClass, "actorClass");
    Objects.requireNonNull(basis, "basis");
  }

  /** A mention whose canonical name, when it differs from the text, comes from the lexicon. */
  public ActorMention(
      Span span,
      String text,
      Optional<String> canonical,
      ActorType type,
      ActorClass actorClass,
      boolean anaphoric) {
    this(
        span,
        text,
        canonical,
        type,
        actorClass,
        anaphoric,
        canonical.isPresent() && !canonical.get().equals(text)
            ? LinkBasis.LEXICON
            : LinkBasis.AS_WRITTEN);
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
    return new ActorMention(span, text, Optional.of(name), type, cls, anaphoric, basis);
  }

  /** The same mention, now known to name {@code name} for the reason {@code why}. */
  public ActorMention resolvedTo(String name, ActorClass cls, LinkBasis why) {
    return new ActorMention(span, text, Optional.of(name), type, cls, anaphoric, why);
  }
}
