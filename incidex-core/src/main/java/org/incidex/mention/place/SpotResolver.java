package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.model.WherePrecision;
import org.incidex.place.Country;
import org.incidex.place.Gazetteer;
import org.incidex.place.GazetteerEntry;
import org.incidex.place.PlaceHints;
import org.incidex.place.PlaceKind;
import org.incidex.place.PlaceResolver;

/**
 * Turns a spotted name into a gazetteer entry: the division word chooses the kind, the qualifiers
 * after a comma the country and province, the document the country prior. A qualifier that the
 * chosen place does not lie in was not one ("Los Angeles, New York"): it becomes a place of its
 * own.
 */
final class SpotResolver {
  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;

  SpotResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolver = new PlaceResolver(gazetteer);
  }

  /** The spot resolved, then any qualifier that turned out to be a place of its own. */
  List<Resolved> resolve(Spot s, Map<String, Double> prior) {
    PlaceHints hints = PlaceHints.none().withCountryWeights(prior);
    Optional<String> qualifierCountry = Optional.empty();
    Optional<GazetteerEntry> qualifierAdmin1 = Optional.empty();
    for (Spot q : s.qualifiers()) {
      if (q.kind().equals(Optional.of(WherePrecision.COUNTRY))) {
        qualifierCountry = gazetteer.countries().byName(q.name()).map(Country::iso2);
      } else {
        qualifierAdmin1 =
            resolver
                .resolve(q.name(), hints.withKinds(Set.of(PlaceKind.ADMIN1)))
                .filter(e -> e.kind() == PlaceKind.ADMIN1);
      }
    }
    Optional<String> country =
        qualifierCountry.isPresent()
            ? qualifierCountry
            : qualifierAdmin1.map(GazetteerEntry::country);
    if (country.isPresent()) {
      hints = hints.withCountry(country.get());
    }
    if (qualifierAdmin1.isPresent()) {
      hints = hints.withAdmin1(qualifierAdmin1.get().admin1Key());
    }
    Optional<GazetteerEntry> county = firstLevelCounty(s, hints, country, prior);
    if (county.isPresent()) {
      s = s.withKind(WherePrecision.PROVINCE); // "Lamu county" is a Kenyan county, not a district
    }
    boolean site = s.kind().equals(Optional.of(WherePrecision.SITE));
    Optional<GazetteerEntry> entry =
        county.isPresent() ? county : site ? Optional.empty() : lookup(s, hints);
    if (entry.isPresent() && country.isEmpty() && foreignToDocument(entry.get(), prior)) {
      entry =
          Optional.empty(); // "the district of Chora" in a report on Afghanistan is no Greek town
    }
    List<Resolved> out = new ArrayList<>();
    List<Spot> kept = new ArrayList<>();
    out.add(null); // the spot itself, once its qualifiers are sorted
    for (Spot q : s.qualifiers()) {
      if (entry.isEmpty() || liesIn(entry.get(), q, qualifierCountry, qualifierAdmin1)) {
        kept.add(q);
      } else {
        Spot alone = q.withQualifiers(List.of()).withPreposition(s.preposition());
        Spot plain =
            new Spot(
                alone.first(),
                alone.last(),
                alone.span(),
                alone.name(),
                Optional.empty(),
                Optional.empty(),
                alone.preposition(),
                List.of(),
                false);
        out.add(
            new Resolved(
                plain,
                lookup(plain, PlaceHints.none().withCountryWeights(prior)),
                Optional.empty(),
                Optional.empty()));
      }
    }
    out.set(0, new Resolved(s.withQualifiers(kept), entry, Optional.empty(), country));
    return out;
  }

  /**
   * A name followed by "county" that is a first-level division of a country the document speaks of
   * (Kenya's and Liberia's counties): the division, though "county" is a district word elsewhere.
   */
  private Optional<GazetteerEntry> firstLevelCounty(
      Spot s, PlaceHints hints, Optional<String> country, Map<String, Double> prior) {
    boolean county =
        s.kind().equals(Optional.of(WherePrecision.DISTRICT))
            && s.fullName().map(n -> n.toLowerCase(Locale.ROOT).endsWith(" county")).orElse(false);
    if (!county) {
      return Optional.empty();
    }
    return resolver
        .resolve(s.name(), hints.withKinds(Set.of(PlaceKind.ADMIN1)))
        .filter(e -> e.kind() == PlaceKind.ADMIN1)
        .filter(
            e ->
                country
                    .map(c -> c.equals(e.country()))
                    .orElse(prior.isEmpty() || prior.getOrDefault(e.country(), 0.0) > 0));
  }

  /** Small namesakes abroad lose to the country a document is plainly about. */
  private static final long NOTABLE_POPULATION = 100_000;

  /**
   * The entry is a small place in a country the document does not speak of, while it plainly speaks
   * of another (over 60% of its country weight).
   */
  static boolean foreignToDocument(GazetteerEntry e, Map<String, Double> prior) {
    if (e.kind() == PlaceKind.COUNTRY || e.population() >= NOTABLE_POPULATION || prior.isEmpty()) {
      return false;
    }
    double total = prior.values().stream().mapToDouble(Double::doubleValue).sum();
    double top = prior.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return total > 0 && top / total >= 0.6 && prior.getOrDefault(e.country(), 0.0) == 0.0;
  }

  /** A district's namesake within reach of the town named with it. */
  Optional<GazetteerEntry> resolveNear(Spot s, GazetteerEntry town, Map<String, Double> prior) {
    return lookup(s, PlaceHints.none().withCountryWeights(prior).withNear(town));
  }

  private Optional<GazetteerEntry> lookup(Spot s, PlaceHints hints) {
    Set<PlaceKind> kinds =
        s.kind().map(k -> PlaceCues.KINDS_OF.getOrDefault(k, Set.of())).orElse(Set.of());
    PlaceHints h = hints.withKinds(kinds);
    if (s.fullName().isPresent() && !kinds.isEmpty()) {
      Optional<GazetteerEntry> full =
          resolver.resolve(s.fullName().get(), h).filter(e -> kinds.contains(e.kind()));
      if (full.isPresent()) {
        return full;
      }
    }
    Optional<GazetteerEntry> e = resolver.resolve(s.name(), h);
    return kinds.isEmpty() ? e : e.filter(x -> kinds.contains(x.kind()));
  }

  private static boolean liesIn(
      GazetteerEntry e, Spot q, Optional<String> country, Optional<GazetteerEntry> admin1) {
    if (q.kind().equals(Optional.of(WherePrecision.COUNTRY))) {
      return country.map(c -> c.equals(e.country())).orElse(true);
    }
    return admin1.map(a -> a.admin1Key().equals(e.admin1Key())).orElse(true);
  }
}
