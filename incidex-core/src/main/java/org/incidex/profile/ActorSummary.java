package org.incidex.profile;

import java.util.Objects;
import org.incidex.model.Actor;

/** One row of the actor list: the actor, its relations and the incidents attributed to it. */
public record ActorSummary(Actor actor, int relations, IncidentRecord incidents) {
  public ActorSummary {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(incidents, "incidents");
  }
}
