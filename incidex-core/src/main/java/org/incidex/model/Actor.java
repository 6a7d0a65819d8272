package org.incidex.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical actor: its name, type, the other names the texts use for it, whether it is a
 * non-state armed group, the evidence for each name, and {@code links}: why each other name (and
 * each actor merged into this one) belongs to it, and where the text said so.
 */
public record Actor(
    String name,
    ActorType type,
    boolean armedGroup,
    List<String> aliases,
    List<Evidence> evidence,
    List<NameLink> links) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    evidence = List.copyOf(evidence);
    links = List.copyOf(links);
  }

  /** An actor whose names carry no record of why they belong together. */
  public Actor(
      String name,
      ActorType type,
      boolean armedGroup,
      List<String> aliases,
      List<Evidence> evidence) {
    this(name, type, armedGroup, aliases, evidence, List.of());
  }

  /** The canonical name, then the aliases. */
  public List<String> names() {
    List<String> out = new java.util.ArrayList<>();
    out.add(name);
    out.addAll(aliases);
    return out;
  }
}
