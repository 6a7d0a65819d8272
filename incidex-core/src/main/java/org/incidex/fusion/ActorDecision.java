package org.incidex.fusion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analyst's correction of actor resolution, applied every time documents are combined (so it
 * survives re-ingesting and re-combining). {@link Kind#MERGE}: {@code other} names the same actor
 * as {@code actor}, which keeps its canonical name. {@link Kind#SPLIT}: the name {@code other} is
 * not a name of {@code actor} and becomes an actor of its own. Names are compared as actor names
 * are (case, dashes, apostrophes and spaces do not matter), so any alias of an actor selects it.
 *
 * <p>Same fields as the store's {@code Decision}, so the two convert one to one.
 */
public record ActorDecision(
    Kind kind,
    String actor,
    String other,
    String analyst,
    Optional<String> note,
    Instant decidedAt) {
  public ActorDecision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (actor.isBlank() || other.isBlank()) {
      throw new IllegalArgumentException(
          "a decision names two actors: '" + actor + "', '" + other + "'");
    }
  }

  /** What the analyst decided. */
  public enum Kind {
    MERGE,
    SPLIT
  }

  public static ActorDecision merge(String actor, String other, String analyst, Instant at) {
    return new ActorDecision(Kind.MERGE, actor, other, analyst, Optional.empty(), at);
  }

  public static ActorDecision split(String actor, String name, String analyst, Instant at) {
    return new ActorDecision(Kind.SPLIT, actor, name, analyst, Optional.empty(), at);
  }

  /** One line for people: {@code merge "IS-K" into "ISIS–K" (ana, 2026-01-02T…: same group)}. */
  public String describe() {
    String what =
        kind == Kind.MERGE
            ? "merge \"" + other + "\" into \"" + actor + "\""
            : "split \"" + other + "\" from \"" + actor + "\"";
    return what + " (" + analyst + ", " + decidedAt + note.map(n -> ": " + n).orElse("") + ")";
  }
}
