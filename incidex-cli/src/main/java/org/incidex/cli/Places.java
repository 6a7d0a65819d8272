package org.incidex.cli;

import java.util.Optional;
import org.incidex.place.Gazetteer;
import org.incidex.place.GazetteerLocator;
import org.incidex.query.GeoPoint;
import org.incidex.query.Near;
import org.incidex.query.PlaceLocator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Turns {@code --near} and {@code --radius} into a {@link Near}: {@code --near} is {@code LAT,LON}
 * or a place name that the {@link PlaceLocator} knows.
 */
final class Places {
  /** The radius when {@code --near} comes without {@code --radius}. */
  static final double DEFAULT_RADIUS_KM = 50;

  private final PlaceLocator locator;

  Places(PlaceLocator locator) {
    this.locator = locator;
  }

  /** The locator the CLI uses: the gazetteer, loaded only when a place name must be found. */
  static PlaceLocator standardLocator() {
    return place -> new GazetteerLocator(Gazetteer.load()).locate(place);
  }

  Optional<Near> near(Optional<String> near, Optional<Double> radiusKm, CommandSpec spec) {
    if (near.isEmpty()) {
      if (radiusKm.isPresent()) {
        throw new ParameterException(spec.commandLine(), "--radius needs --near PLACE or LAT,LON");
      }
      return Optional.empty();
    }
    String place = near.get();
    Optional<GeoPoint> point;
    try {
      point = GeoPoint.parse(place).or(() -> locator.locate(place));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--near': " + e.getMessage());
    }
    if (point.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--near': cannot place '"
              + place
              + "'; give LAT,LON such as 34.53,69.17, or a place the gazetteer knows");
    }
    return Optional.of(new Near(point.get(), radiusKm.orElse(DEFAULT_RADIUS_KM)));
  }
}
