package org.incidex.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical actor: its name, type, the other names the texts use for it, whether it is a
 * non-state armed group, and the evidence for each name.
 */
public record Actor(
    String name,
    ActorType type,
    boolean armedGroup,
    List<String> aliases,
    List<Evidence> evidence) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    evidence = List.copyOf(evidence);
  }
}
