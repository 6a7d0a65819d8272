package org.incidex.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidex.mention.PlaceMention;
import org.incidex.model.WherePrecision;
import org.incidex.text.Sentence;

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

  /**
   * As {@link #choose(List)}, after setting aside the divisions that only say where the place
   * before them lies ("the village of X, in the commune of Y in Z province", "the town of X in
   * Kenya's Y county"): they are not more specific places. (The admin1 is IncidentBuilder's.)
   */
  static Optional<PlaceMention> choose(Sentence sentence, List<PlaceMention> places) {
    List<PlaceMention> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparing(PlaceMention::span));
    List<PlaceMention> containers = containers(sentence, sorted);
    if (containers.isEmpty()) {
      return choose(places);
    }
    List<PlaceMention> rest = new ArrayList<>(sorted);
    rest.removeAll(containers);
    Optional<PlaceMention> chosen = choose(rest);
    if (chosen.isEmpty()) {
      return choose(places);
    }
    return chosen;
  }

  private static final Pattern NESTING = Pattern.compile("^[^;]*\\b(?:in|of)\\b[^;]*$");
  private static final Pattern COORDINATION =
      Pattern.compile("\\b(?:and|or|while|then|as well as)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_NESTING_GAP = 40;

  /** "the Nile Delta city of Mansoura": the "of" names the city, it does not nest. */
  private static final Pattern NAMING_NOUN = Pattern.compile(" (?:city|town|village|capital)$");

  /**
   * Divisions (or towns) introduced by "in" or "of" right after another place of the sentence, with
   * no coordination between: "X, in Y district", "X in Kenya's Y county".
   */
  private static List<PlaceMention> containers(Sentence sentence, List<PlaceMention> sorted) {
    return containers(sentence.text(), sentence.span().start(), sorted);
  }

  static List<PlaceMention> containers(String text, int textStart, List<PlaceMention> sorted) {
    List<PlaceMention> out = new ArrayList<>();
    PlaceMention before = null;
    for (PlaceMention m : sorted) {
      if (m.kind() == WherePrecision.COUNTRY) {
        continue;
      }
      if (before != null
          && (m.preposition().equals("in") || m.preposition().equals("of"))
          && (rank(m) >= rank(before)
              || districtAroundTown(m, before)
              || (m.kind() == WherePrecision.DISTRICT
                  && before.kind() == WherePrecision.TOWN
                  && text.startsWith(",", before.span().end() - textStart)))
          && m.span().start() >= before.span().end()
          && m.span().start() - before.span().end() <= MAX_NESTING_GAP) {
        String gap = text.substring(before.span().end() - textStart, m.span().start() - textStart);
        if (NESTING.matcher(gap).find()
            && !COORDINATION.matcher(gap).find()
            && !NAMING_NOUN.matcher(before.name()).find()) {
          out.add(m);
        }
      }
      before = m;
    }
    return out;
  }

  /**
   * A district after a town contains it when the town is unknown (a village) or the district is an
   * administrative one; a city's neighbourhood does not ("in Kabul's … district"). After a comma
   * ("X, in Y district") it always does.
   */
  private static boolean districtAroundTown(PlaceMention district, PlaceMention town) {
    return district.kind() == WherePrecision.DISTRICT
        && town.kind() == WherePrecision.TOWN
        && (town.gazetteerId().isEmpty()
            || district.gazetteerId().map(id -> id.startsWith("admin2:")).orElse(false));
  }

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
