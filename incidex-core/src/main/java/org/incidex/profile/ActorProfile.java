package org.incidex.profile;

import java.util.List;
import java.util.Objects;
import org.incidex.model.Actor;
import org.incidex.model.Relation;

/**
 * What the documents say about one actor, each fact a {@link Relation} with the sentences that
 * state it: {@code parents} (what it is a branch of), {@code branches}, {@code leaders} (leaders
 * and deputies, earliest tenure first, undated last), {@code members} (members, spokesmen,
 * appointees), {@code allegiances} (pledged by it or to it), {@code funding}, {@code posts} (for a
 * person: what it leads or belongs to), {@code other} relations (renamings, splits, alliances,
 * enmities, appointments, killings, arrests), and the {@code incidents} attributed to it.
 */
public record ActorProfile(
    Actor actor,
    List<Relation> parents,
    List<Relation> branches,
    List<Relation> leaders,
    List<Relation> members,
    List<Relation> allegiances,
    List<Relation> funding,
    List<Relation> posts,
    List<Relation> other,
    IncidentRecord incidents) {
  public ActorProfile {
    Objects.requireNonNull(actor, "actor");
    parents = List.copyOf(parents);
    branches = List.copyOf(branches);
    leaders = List.copyOf(leaders);
    members = List.copyOf(members);
    allegiances = List.copyOf(allegiances);
    funding = List.copyOf(funding);
    posts = List.copyOf(posts);
    other = List.copyOf(other);
    Objects.requireNonNull(incidents, "incidents");
  }
}
