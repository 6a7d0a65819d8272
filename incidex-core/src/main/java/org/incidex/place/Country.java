package org.incidex.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A country or territory: ISO 3166-1 alpha-2 code, common English name, other names, demonyms and
 * nationality adjectives ({@code Afghan}, {@code Pakistani}), the capital (name and gazetteer id)
 * and a representative point, absent for the few territories without a populated place in the data.
 */
public record Country(
    String iso2,
    String name,
    List<String> alternates,
    List<String> demonyms,
    Optional<String> capital,
    Optional<String> capitalId,
    Optional<Double> lat,
    Optional<Double> lon) {
  public Country {
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(name, "name");
    alternates = List.copyOf(alternates);
    demonyms = List.copyOf(demonyms);
    Objects.requireNonNull(capital, "capital");
    Objects.requireNonNull(capitalId, "capitalId");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
  }
}
