package org.incidex.place;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the text says around a place name that helps choose among namesakes.
 *
 * @param kinds the kinds the text allows ({@code Takhar Province} → {@code ADMIN1}); empty: any
 * @param country a country named with it ({@code Hyderabad, Pakistan} → {@code PK})
 * @param admin1 a first-level division named with it, as {@code PK.03}
 * @param near a place it lies in or by (a district of a city); candidates farther than {@link
 *     PlaceResolver#NEAR_KM} are ruled out
 * @param countryWeights how strongly the document points at each country (names and demonyms
 *     counted, see {@code CountryPrior}); an empty map when nothing is known
 */
public record PlaceHints(
    Set<PlaceKind> kinds,
    Optional<String> country,
    Optional<String> admin1,
    Optional<GazetteerEntry> near,
    Map<String, Double> countryWeights) {
  public PlaceHints {
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(near, "near");
    countryWeights = Map.copyOf(countryWeights);
  }

  public static PlaceHints none() {
    return new PlaceHints(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  public PlaceHints withKinds(Set<PlaceKind> k) {
    return new PlaceHints(k, country, admin1, near, countryWeights);
  }

  public PlaceHints withCountry(String iso2) {
    return new PlaceHints(kinds, Optional.of(iso2), admin1, near, countryWeights);
  }

  public PlaceHints withAdmin1(String key) {
    return new PlaceHints(kinds, country, Optional.of(key), near, countryWeights);
  }

  public PlaceHints withNear(GazetteerEntry entry) {
    return new PlaceHints(kinds, country, admin1, Optional.of(entry), countryWeights);
  }

  public PlaceHints withCountryWeights(Map<String, Double> weights) {
    return new PlaceHints(kinds, country, admin1, near, weights);
  }
}
