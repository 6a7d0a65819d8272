package org.incidex.place;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage: picks the entry a place name means. Reads the gazetteer's namesakes and the hints; returns
 * the best-scoring entry, or empty when the name is unknown (or, with a {@code near} hint, when no
 * namesake lies near). The score, in order of weight:
 *
 * <ol>
 *   <li>a country or division named with it, and the kind the text gives ("province");
 *   <li>the primary name over an alternate name: GeoNames lists false friends ({@code Khar} as a
 *       name of Haar in Germany, {@code Takhar} of a Chinese town);
 *   <li>the countries the document names;
 *   <li>the feature (country, capital, division seat, division, town…), then population.
 * </ol>
 *
 * A division that won only because it is named like its seat ({@code Raqqa}, Ar Raqqah's
 * governorate) gives way to the seat when the text did not ask for a division.
 */
public final class PlaceResolver {
  /** How far from a {@code near} place a namesake may lie. */
  public static final double NEAR_KM = 40;

  private static final double HINTED_COUNTRY = 12;
  private static final double HINTED_ADMIN1 = 6;
  private static final double HINTED_KIND = 8;
  private static final double ALTERNATE_NAME = -4;
  private static final double DOCUMENT_COUNTRY = 4;
  private static final double POPULATION_PER_DECADE = 0.5;
  private static final double SAME_PLACE_KM = 2;

  /** How much the feature itself says, before any context. */
  private static final Map<String, Double> FEATURE_WEIGHT =
      Map.ofEntries(
          Map.entry("PCLI", 7.0),
          Map.entry("PPLC", 5.0),
          Map.entry("PPLA", 4.0),
          Map.entry("ADM1", 3.5),
          Map.entry("PPLG", 3.0),
          Map.entry("PPLA2", 3.0),
          Map.entry("ADM2", 2.0),
          Map.entry("PPLA3", 1.5),
          Map.entry("PPLA4", 1.0),
          Map.entry("PPL", 1.0));

  private static final double OTHER_FEATURE = 0.5;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Optional<GazetteerEntry> resolve(String name, PlaceHints hints) {
    List<NameMatch> matches = gazetteer.lookup(name);
    Optional<NameMatch> best =
        matches.stream()
            .filter(m -> isNearEnough(m.entry(), hints))
            .max(Comparator.comparingDouble(m -> score(m, hints)));
    return best.map(m -> seatOf(m.entry(), matches, hints));
  }

  double score(NameMatch match, PlaceHints hints) {
    GazetteerEntry e = match.entry();
    double s = FEATURE_WEIGHT.getOrDefault(e.featureCode(), OTHER_FEATURE);
    s += POPULATION_PER_DECADE * Math.log10(e.population() + 1.0);
    if (match.alternate()) {
      s += ALTERNATE_NAME;
    }
    if (hints.country().isPresent()) {
      s += hints.country().get().equals(e.country()) ? HINTED_COUNTRY : -HINTED_COUNTRY;
    }
    if (hints.admin1().isPresent() && hints.admin1().get().equals(e.admin1Key())) {
      s += HINTED_ADMIN1;
    }
    if (!hints.kinds().isEmpty()) {
      s += hints.kinds().contains(e.kind()) ? HINTED_KIND : -HINTED_KIND;
    }
    s += DOCUMENT_COUNTRY * hints.countryWeights().getOrDefault(e.country(), 0.0);
    return s;
  }

  private static boolean isNearEnough(GazetteerEntry e, PlaceHints hints) {
    return hints.near().map(n -> e.distanceKm(n.lat(), n.lon()) <= NEAR_KM).orElse(true);
  }

  /** The town a division is named after and seated in, when the text did not ask for a division. */
  private static GazetteerEntry seatOf(
      GazetteerEntry winner, List<NameMatch> matches, PlaceHints hints) {
    boolean division = winner.kind() == PlaceKind.ADMIN1 || winner.kind() == PlaceKind.ADMIN2;
    if (!division || !hints.kinds().isEmpty()) {
      return winner;
    }
    return matches.stream()
        .map(NameMatch::entry)
        .filter(e -> e.kind() == PlaceKind.POPULATED_PLACE)
        .filter(e -> e.country().equals(winner.country()))
        .filter(e -> e.distanceKm(winner.lat(), winner.lon()) <= SAME_PLACE_KM)
        .findFirst()
        .orElse(winner);
  }
}
