package org.incidex.query;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A point on the earth in decimal degrees (WGS 84), as the gazetteer and locations give them. */
public record GeoPoint(double lat, double lon) {
  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final Pattern LAT_LON =
      Pattern.compile("\\s*([-+]?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*");

  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "latitude must be within ±90 and longitude within ±180: " + lat + "," + lon);
    }
  }

  /**
   * {@code 34.53,69.17} (latitude first); empty when the text is not of that form.
   *
   * @throws IllegalArgumentException when it is of that form but out of range
   */
  public static Optional<GeoPoint> parse(String text) {
    Matcher m = LAT_LON.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new GeoPoint(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
  }

  /** Great-circle distance (haversine, mean earth radius). */
  public double kilometresTo(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
