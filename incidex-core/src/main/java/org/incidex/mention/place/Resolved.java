package org.incidex.mention.place;

import java.util.Objects;
import java.util.Optional;
import org.incidex.place.GazetteerEntry;

/**
 * A spotted name with the entry it resolved to, the town that lends its point to a site, and the
 * country a qualifier named ("Haret Hreik, Lebanon" still has a country when the gazetteer lacks
 * the place).
 */
record Resolved(
    Spot spot,
    Optional<GazetteerEntry> entry,
    Optional<GazetteerEntry> town,
    Optional<String> qualifierCountry) {
  Resolved {
    Objects.requireNonNull(spot, "spot");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(town, "town");
    Objects.requireNonNull(qualifierCountry, "qualifierCountry");
  }
}
