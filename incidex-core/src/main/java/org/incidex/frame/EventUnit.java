package org.incidex.frame;

import java.util.List;
import java.util.Objects;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.model.Kind;

/**
 * The triggers of one event within a sentence and the mentions that belong to it; the sentence's
 * other events get other units. {@code sharedFigures} marks a toll the text gives jointly for
 * several events, which therefore belongs to none of them alone. {@code aside} marks an event named
 * only to compare ("the deadliest since the 1998 embassy bombing"): the story does not go on about
 * it.
 */
record EventUnit(
    Kind kind,
    List<EventMention> triggers,
    List<Mention> mentions,
    boolean sharedFigures,
    boolean aside) {
  EventUnit(Kind kind, List<EventMention> triggers, List<Mention> mentions, boolean sharedFigures) {
    this(kind, triggers, mentions, sharedFigures, false);
  }

  EventUnit {
    Objects.requireNonNull(kind, "kind");
    triggers = List.copyOf(triggers);
    mentions = List.copyOf(mentions);
  }

  EventUnit asAside() {
    return new EventUnit(kind, triggers, mentions, sharedFigures, true);
  }
}
