package org.incidex.query;

import java.util.Optional;

/**
 * Finds the point of a named place, for {@code --near PLACE}. The gazetteer will provide one (issue
 * 5, branch {@code places}: {@code org.incidex.place.Gazetteer} with its resolver); until it is
 * merged, {@link #NONE} knows no place and callers accept {@code LAT,LON} only.
 */
@FunctionalInterface
public interface PlaceLocator {
  /** Knows no place at all. */
  PlaceLocator NONE = place -> Optional.empty();

  /** The most likely point for the place's name, if it is known. */
  Optional<GeoPoint> locate(String place);
}
