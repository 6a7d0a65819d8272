package org.incidex.fusion;

import java.util.List;
import org.incidex.model.Actor;
import org.incidex.model.Problem;

/**
 * Actors after merging across documents and applying analysts' decisions, with the problems met:
 * names that would have joined two different actors (kept apart), decisions that could not apply.
 */
public record Merged(List<Actor> actors, List<Problem> problems) {
  public Merged {
    actors = List.copyOf(actors);
    problems = List.copyOf(problems);
  }
}
