package org.incidex.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Location;

/**
 * Readable incident ids as the gold files write them: {@code <place>-<yyyy>-<mm>-<dd>-<type>},
 * lower-case ASCII, dropping the parts the text does not give ({@code takhar-bombing}).
 */
final class IncidentIds {
  private IncidentIds() {}

  static String of(Location location, Optional<DateValue> date, IncidentType type) {
    List<String> parts = new ArrayList<>();
    location
        .place()
        .or(location::admin1)
        .or(location::country)
        .map(IncidentBuilder::ascii)
        .filter(s -> !s.isEmpty())
        .ifPresent(parts::add);
    date.flatMap(DateValue::iso).ifPresent(parts::add);
    parts.add(type.name().toLowerCase(Locale.ROOT));
    return String.join("-", parts);
  }
}
