package org.incidex.frame;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.incidex.mention.AttributionMention;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.PlaceMention;
import org.incidex.mention.TargetMention;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;

/**
 * What one sentence says about one event: the stage between mentions and incidents. A sentence that
 * tells of two events gives two frames. A {@code reference} frame only refers back to an event told
 * before ({@code the attack}, {@code the blast}); fusion attaches it to that event.
 *
 * <p>An {@code aside} frame tells of an event named only to compare ("the deadliest since the 1998
 * embassy bombing"); the story does not continue it.
 *
 * <p>Every field keeps the mention it came from. {@code country} may come from the sentence's
 * places or, failing that, from the document's context (its evidence says which).
 */
public record IncidentFrame(
    SentenceRef sentence,
    Kind kind,
    IncidentType type,
    List<EventMention> triggers,
    Optional<DateMention> date,
    List<PlaceMention> places,
    Optional<PlaceMention> place,
    Optional<Sourced<String>> country,
    List<AttributionMention> attributions,
    List<TargetMention> targets,
    Optional<CasualtyMention> killed,
    Optional<CasualtyMention> wounded,
    Optional<CasualtyMention> casualties,
    Optional<EventMention> suicide,
    boolean reference,
    boolean aside,
    List<String> notes) {

  public IncidentFrame {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(date, "date");
    places = List.copyOf(places);
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(country, "country");
    attributions = List.copyOf(attributions);
    targets = List.copyOf(targets);
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(suicide, "suicide");
    notes = List.copyOf(notes);
  }

  public String docId() {
    return sentence.docId();
  }
}
