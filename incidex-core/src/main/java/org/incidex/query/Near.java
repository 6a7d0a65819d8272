package org.incidex.query;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Within {@code radiusKm} kilometres of {@code centre}: {@code --near Kabul --radius 50km}. */
public record Near(GeoPoint centre, double radiusKm) {
  private static final Pattern RADIUS =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(km|m|mi)?\\s*", Pattern.CASE_INSENSITIVE);

  public Near {
    Objects.requireNonNull(centre, "centre");
    if (!(radiusKm > 0)) {
      throw new IllegalArgumentException("the radius must be more than 0 km: " + radiusKm);
    }
  }

  public boolean contains(GeoPoint point) {
    return centre.kilometresTo(point) <= radiusKm;
  }

  /**
   * A radius in kilometres from {@code 50km}, {@code 50 km}, {@code 500m}, {@code 30mi} or a bare
   * number of kilometres.
   *
   * @throws IllegalArgumentException with what was expected
   */
  public static double parseRadiusKm(String text) {
    Matcher m = RADIUS.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a distance; expected a number with km, m or mi, e.g. 50km");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "km" : m.group(2).toLowerCase(Locale.ROOT);
    double km =
        switch (unit) {
          case "m" -> value / 1000;
          case "mi" -> value * 1.609344;
          default -> value;
        };
    if (!(km > 0)) {
      throw new IllegalArgumentException("'" + text + "' is no distance; give more than 0");
    }
    return km;
  }
}
