package org.incidex.place;

import java.util.Optional;
import org.incidex.query.GeoPoint;
import org.incidex.query.PlaceLocator;

/** Places named on the command line ({@code --near Kabul}), found in the gazetteer. */
public final class GazetteerLocator implements PlaceLocator {
  private final PlaceResolver resolver;

  public GazetteerLocator(Gazetteer gazetteer) {
    this.resolver = new PlaceResolver(gazetteer);
  }

  @Override
  public Optional<GeoPoint> locate(String place) {
    return resolver.resolve(place, PlaceHints.none()).map(e -> new GeoPoint(e.lat(), e.lon()));
  }
}
