package org.incidex.mention;

import java.util.Objects;
import java.util.Optional;
import org.incidex.model.WherePrecision;
import org.incidex.text.Span;

/**
 * A named place: {@code name} as written (without a trailing ", Iran"), what kind of place the text
 * or gazetteer says it is, and the country and first-level division when known. {@code
 * gazetteerId}, {@code lat} and {@code lon} come from the gazetteer. {@code preposition} is the
 * word that introduces the place in the sentence ({@code in}, {@code at}, {@code near}, {@code
 * from}, {@code of}; empty when none), which tells the place of an event from places it mentions.
 */
public record PlaceMention(
    Span span,
    String name,
    WherePrecision kind,
    Optional<String> admin1,
    Optional<String> country,
    Optional<String> gazetteerId,
    Optional<Double> lat,
    Optional<Double> lon,
    String preposition)
    implements Mention {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(gazetteerId, "gazetteerId");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    Objects.requireNonNull(preposition, "preposition");
  }

  public static PlaceMention named(Span span, String name, WherePrecision kind, String country) {
    return new PlaceMention(
        span,
        name,
        kind,
        Optional.empty(),
        Optional.ofNullable(country),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "");
  }
}
