package org.incidex.place;

/** What sort of gazetteer entry a name resolves to. */
public enum PlaceKind {
  COUNTRY,
  /** A first-level division: province, state, oblast, governorate, department. */
  ADMIN1,
  /** A second-level division: district, county, agency. */
  ADMIN2,
  /** A city, town or village (GeoNames feature class P). */
  POPULATED_PLACE
}
