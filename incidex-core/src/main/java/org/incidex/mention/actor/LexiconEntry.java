package org.incidex.mention.actor;

import java.util.List;
import java.util.Objects;
import org.incidex.mention.ActorClass;

/** A known actor: its canonical name, its class, and the other names texts use for it. */
public record LexiconEntry(String canonical, ActorClass actorClass, List<String> aliases) {
  public LexiconEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(actorClass, "actorClass");
    aliases = List.copyOf(aliases);
  }
}
