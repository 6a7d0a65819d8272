package org.incidex.frame;

import java.util.List;
import java.util.Optional;
import org.incidex.mention.ActorMention;
import org.incidex.mention.PlaceMention;
import org.incidex.model.Evidence;
import org.incidex.model.Sourced;
import org.incidex.text.Sentence;

/**
 * Decides an event's country: its place's, else a place its sentence names, else the document's.
 */
final class Countries {
  private Countries() {}

  static Optional<Sourced<String>> of(
      Optional<PlaceMention> place,
      List<PlaceMention> places,
      List<ActorMention> actors,
      Sentence sentence,
      Optional<Sourced<String>> prior) {
    if (place.isPresent() && place.get().country().isPresent()) {
      return Optional.of(sourced(place.get(), sentence));
    }
    for (PlaceMention p : places) {
      if (p.country().isPresent() && !p.preposition().equals("from")) {
        return Optional.of(sourced(p, sentence));
      }
    }
    // a person "from Hyderabad, Pakistan": the country of the people involved, when nothing else
    for (PlaceMention p : places) {
      if (p.country().isPresent()) {
        return Optional.of(sourced(p, sentence));
      }
    }
    return prior;
  }

  private static Sourced<String> sourced(PlaceMention p, Sentence sentence) {
    return new Sourced<>(p.country().get(), new Evidence(sentence.docId(), p.span()));
  }
}
