package org.incidex.place;

import java.util.Objects;

/**
 * One gazetteer entry. {@code id} is stable across rebuilds from the same data ({@code
 * geonames:1138958}, {@code admin1:AF.18}, {@code admin2:AF.18.819}, {@code country:AF}, {@code
 * citiesjson:PK.03:34.7361,71.5274}); {@code country} is ISO 3166-1 alpha-2; {@code admin1Code} is
 * GeoNames' code within the country ({@code 18}), empty for a country; the point is the place
 * itself or, for a division or a country, a representative place in it (see the gazetteer builder's
 * README); {@code population} is 0 when unknown; {@code featureCode} is GeoNames' ({@code PPLC},
 * {@code PPLA}, {@code PPL}…), {@code ADM1}/{@code ADM2} for divisions, {@code PCLI} for a country.
 */
public record GazetteerEntry(
    String id,
    PlaceKind kind,
    String name,
    String country,
    String admin1Code,
    double lat,
    double lon,
    long population,
    String featureCode) {
  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(featureCode, "featureCode");
  }

  /**
   * The first-level division as GeoNames codes it across countries ({@code AF.18}); empty if none.
   */
  public String admin1Key() {
    return admin1Code.isEmpty() ? "" : country + "." + admin1Code;
  }

  /** Great-circle distance in kilometres. */
  public double distanceKm(double otherLat, double otherLon) {
    return Geo.distanceKm(lat, lon, otherLat, otherLon);
  }
}
