package org.incidex.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analyst's decision about actors, kept by the store and applied when the view is combined.
 * {@link Kind#MERGE}: {@code other} is the same actor as {@code actor} (merge it into {@code
 * actor}). {@link Kind#SPLIT}: the name {@code other} is not an alias of {@code actor} (split it
 * off as an actor of its own).
 */
public record Decision(
    Kind kind,
    String actor,
    String other,
    String analyst,
    Optional<String> note,
    Instant decidedAt) {
  public Decision {
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

  /** The kinds of decision. */
  public enum Kind {
    MERGE,
    SPLIT
  }
}
