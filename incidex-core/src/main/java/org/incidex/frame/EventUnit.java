package org.incidex.frame;

import java.util.List;
import java.util.Objects;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.model.Kind;

/**
 * The triggers of one event within a sentence and the mentions that belong to it; the sentence's
 * other events get other units. {@code sharedFigures} marks a toll the text gives jointly for
 * several events, which therefore belongs to none of them alone.
 */
record EventUnit(
    Kind kind, List<EventMention> triggers, List<Mention> mentions, boolean sharedFigures) {
  EventUnit {
    Objects.requireNonNull(kind, "kind");
    triggers = List.copyOf(triggers);
    mentions = List.copyOf(mentions);
  }
}
