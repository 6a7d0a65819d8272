package org.incidex.query;

import java.util.Optional;

/**
 * Finds the point of a named place, for {@code --near PLACE}: {@code
 * org.incidex.place.GazetteerLocator} in real runs; {@link #NONE} knows no place.
 */
@FunctionalInterface
public interface PlaceLocator {
  /** Knows no place at all. */
  PlaceLocator NONE = place -> Optional.empty();

  /** The most likely point for the place's name, if it is known. */
  Optional<GeoPoint> locate(String place);
}
