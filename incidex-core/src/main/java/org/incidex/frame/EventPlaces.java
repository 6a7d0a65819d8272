package org.incidex.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidex.mention.PlaceMention;
import org.incidex.model.WherePrecision;

/**
 * Picks the place of an event among the places its sentence names: places introduced as where
 * something happened ({@code in}, {@code at}, {@code on}, {@code near}, {@code outside}) before
 * places of origin or destination ({@code from}, {@code to}); the most specific (site, then
 * district, town, province, country); and none when the text lists several towns for one operation
 * ({@code in Los Angeles, New York, and Philadelphia}).
 */
final class EventPlaces {
  private EventPlaces() {}

  private static final Set<String> WHERE =
      Set.of(
          "in", "at", "on", "near", "outside", "inside", "into", "across", "around", "within", "of",
          "");
  private static final Set<String> ELSEWHERE = Set.of("from", "to", "towards", "toward", "for");

  static Optional<PlaceMention> choose(List<PlaceMention> places) {
    List<PlaceMention> where = new ArrayList<>();
    for (PlaceMention p : places) {
      if (p.kind() != WherePrecision.COUNTRY && WHERE.contains(p.preposition())) {
        where.add(p);
      }
    }
    if (where.isEmpty()) {
      for (PlaceMention p : places) {
        if (p.kind() != WherePrecision.COUNTRY && !ELSEWHERE.contains(p.preposition())) {
          where.add(p);
        }
      }
    }
    if (where.isEmpty()) {
      return Optional.empty();
    }
    if (isListOfTowns(where)) {
      return Optional.empty();
    }
    if (distinctSitesOrDistricts(where) >= 2) {
      // a coordinated attack on two sites of one city: the city ("a school in the Faladié
      // district and a military zone at Bamako-Sénou airport")
      for (PlaceMention p : where) {
        if (p.kind() == WherePrecision.TOWN && p.gazetteerId().isPresent()) {
          return Optional.of(p);
        }
      }
    }
    PlaceMention best = where.get(0);
    for (PlaceMention p : where) {
      if (rank(p) < rank(best)
          || rank(p) == rank(best) && p.gazetteerId().isPresent() && best.gazetteerId().isEmpty()) {
        best = p;
      }
    }
    return Optional.of(best);
  }

  /**
   * Three or more distinct towns (or states) in one place phrase: an operation across cities has no
   * single place ("in Los Angeles, New York, and Philadelphia").
   */
  static boolean isListOfTowns(List<PlaceMention> places) {
    long towns =
        places.stream()
            .filter(p -> p.kind() == WherePrecision.TOWN || p.kind() == WherePrecision.PROVINCE)
            .map(PlaceMention::name)
            .distinct()
            .count();
    return towns >= 3;
  }

  private static long distinctSitesOrDistricts(List<PlaceMention> places) {
    return places.stream()
        .filter(p -> p.kind() == WherePrecision.SITE || p.kind() == WherePrecision.DISTRICT)
        .map(PlaceMention::name)
        .distinct()
        .count();
  }

  private static int rank(PlaceMention p) {
    return switch (p.kind()) {
      case SITE -> 0;
      case DISTRICT -> 1;
      case TOWN -> 2;
      case PROVINCE -> 3;
      case COUNTRY -> 4;
    };
  }
}
