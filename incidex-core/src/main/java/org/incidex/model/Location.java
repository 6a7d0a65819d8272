package org.incidex.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an incident happened. {@code place} is the most specific named place as written; the rest
 * comes from the text or the gazetteer. {@code precision} says how close the point is.
 */
public record Location(
    Optional<String> place,
    Optional<String> admin1,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lon,
    Optional<String> gazetteerId,
    Optional<WherePrecision> precision) {

  public static final Location UNKNOWN =
      new Location(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public Location {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    Objects.requireNonNull(gazetteerId, "gazetteerId");
    Objects.requireNonNull(precision, "precision");
  }

  public boolean isUnknown() {
    return place.isEmpty() && admin1.isEmpty() && country.isEmpty();
  }

  public Location withCountry(String iso2) {
    return new Location(place, admin1, Optional.of(iso2), lat, lon, gazetteerId, precision);
  }
}
