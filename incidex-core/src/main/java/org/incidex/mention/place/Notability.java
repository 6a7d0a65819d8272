package org.incidex.mention.place;

import java.util.Set;
import org.incidex.place.Gazetteer;
import org.incidex.place.PlaceKind;

/**
 * Whether a name read without capitals is worth taking as a place: a country, a province, a capital
 * or province seat, or a town of 50,000 people or more. Lower-case text has many common words that
 * are also some village's name.
 */
final class Notability {
  private static final long MIN_POPULATION = 50_000;
  private static final Set<String> SEATS = Set.of("PPLC", "PPLA");

  private final Gazetteer gazetteer;

  Notability(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  boolean isNotable(String name) {
    return gazetteer.lookup(name).stream()
        .filter(m -> !m.alternate())
        .map(m -> m.entry())
        .anyMatch(
            e ->
                e.kind() == PlaceKind.COUNTRY
                    || e.kind() == PlaceKind.ADMIN1
                    || SEATS.contains(e.featureCode())
                    || e.population() >= MIN_POPULATION);
  }
}
