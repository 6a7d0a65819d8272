package org.incidex.mention;

import org.incidex.text.Span;

/**
 * Something a sentence says that extraction can use: an event trigger, a casualty figure, a date, a
 * place, an actor, a target, an attribution, a participant or instrument in a role. Spans are
 * offsets in the document's original text.
 */
public sealed interface Mention
    permits EventMention,
        CasualtyMention,
        DateMention,
        PlaceMention,
        ActorMention,
        TargetMention,
        AttributionMention,
        AliasMention,
        RoleMention {
  Span span();
}
