package org.incidex.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.incidex.model.Actor;
import org.incidex.model.Evidence;
import org.incidex.model.LinkBasis;
import org.incidex.model.NameLink;
import org.incidex.model.Problem;

/**
 * Applies analysts' decisions to merged actors, oldest first, so a later decision can undo an
 * earlier one. A merge joins the actor named {@code other} into the actor named {@code actor} (any
 * of their names selects them) with an {@link LinkBasis#ANALYST} link. A split takes the name
 * {@code other} (every spelling of it) out of the actor and makes it an actor of its own. A
 * decision whose actors are not (yet) in the data waits silently: it applies once they appear. A
 * decision that cannot apply as asked (splitting an actor's own canonical name) is reported as a
 * problem.
 */
final class ActorDecisions {
  private ActorDecisions() {}

  static Merged apply(Merged merged, List<ActorDecision> decisions) {
    List<Actor> actors = new ArrayList<>(merged.actors());
    List<Problem> problems = new ArrayList<>(merged.problems());
    for (ActorDecision d : decisions) {
      if (d.kind() == ActorDecision.Kind.MERGE) {
        merge(actors, d);
      } else {
        split(actors, d).ifPresent(problems::add);
      }
    }
    return new Merged(actors, problems);
  }

  private static void merge(List<Actor> actors, ActorDecision d) {
    OptionalInt keep = find(actors, d.actor());
    OptionalInt join = find(actors, d.other());
    if (keep.isEmpty() || join.isEmpty() || keep.getAsInt() == join.getAsInt()) {
      return;
    }
    Actor other = actors.get(join.getAsInt());
    NameLink link = new NameLink(other.name(), LinkBasis.ANALYST, why(d), ActorMerger.first(other));
    actors.set(keep.getAsInt(), ActorMerger.combine(actors.get(keep.getAsInt()), other, link));
    actors.remove(join.getAsInt());
  }

  private static Optional<Problem> split(List<Actor> actors, ActorDecision d) {
    OptionalInt at = find(actors, d.actor());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Actor a = actors.get(at.getAsInt());
    String key = NameKeys.identity(d.other());
    if (NameKeys.identity(a.name()).equals(key)) {
      return Optional.of(
          new Problem(
              "decisions",
              Optional.empty(),
              "cannot "
                  + d.describe()
                  + ": it is the actor's own name; split one of its other names instead",
              false));
    }
    Optional<String> written =
        a.aliases().stream().filter(x -> NameKeys.identity(x).equals(key)).findFirst();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Evidence> where =
        a.links().stream()
            .filter(l -> NameKeys.identity(l.name()).equals(key))
            .flatMap(l -> l.evidence().stream())
            .findFirst();
    actors.set(at.getAsInt(), ActorMerger.without(a, d.other()));
    NameLink link = new NameLink(written.get(), LinkBasis.ANALYST, why(d), where);
    actors.add(
        at.getAsInt() + 1,
        new Actor(
            written.get(),
            a.type(),
            a.armedGroup(),
            List.of(),
            where.map(List::of).orElse(List.of()),
            List.of(link)));
    return Optional.empty();
  }

  /** The index of the actor one of whose names is {@code name}. */
  static OptionalInt find(List<Actor> actors, String name) {
    String key = NameKeys.identity(name);
    for (int i = 0; i < actors.size(); i++) {
      if (NameKeys.identity(actors.get(i).name()).equals(key)) {
        return OptionalInt.of(i);
      }
    }
    for (int i = 0; i < actors.size(); i++) {
      for (String n : actors.get(i).aliases()) {
        if (NameKeys.identity(n).equals(key)) {
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }

  private static String why(ActorDecision d) {
    return d.describe();
  }
}
