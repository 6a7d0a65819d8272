package org.incidex.model;

/** How precise a location is, in the spirit of UCDP GED's {@code where_prec}. */
public enum WherePrecision {
  /** A named site: a building, junction, airport. */
  SITE,
  TOWN,
  DISTRICT,
  PROVINCE,
  COUNTRY
}
