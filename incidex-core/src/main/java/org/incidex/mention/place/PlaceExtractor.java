package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.PlaceMention;
import org.incidex.model.WherePrecision;
import org.incidex.place.Gazetteer;
import org.incidex.place.GazetteerEntry;
import org.incidex.place.PlaceKind;
import org.incidex.text.Sentence;

/**
 * Stage: finds the places a sentence names and resolves them with the gazetteer.
 *
 * <p>Reads the sentence's tokens (CoreNLP's location tags when present, capitalisation and place
 * cues otherwise, see {@link NameSpotter}) and the document (the countries it names, and a town for
 * a site named without one). Returns one {@link PlaceMention} per place, in text order: its span is
 * the name as written, division word or site words included ("Takhar Province", "Zobe junction")
 * but not a following ", Iran", which instead picks the namesake. Sites, and districts the
 * gazetteer lacks, take the country, division and point of the town named with them in the
 * sentence, or else nearest in the document. Demonyms are not places (see {@code
 * Countries.fromDemonym}).
 */
public final class PlaceExtractor implements MentionExtractor {
  private static final int MAX_SENTENCES_FOR_ANCHOR = 30;

  private final Gazetteer gazetteer;
  private final NameSpotter spotter;
  private final SpotResolver resolver;
  private final EventNamePlaces eventNames;

  public PlaceExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.spotter = new NameSpotter(gazetteer);
    this.resolver = new SpotResolver(gazetteer);
    this.eventNames = new EventNamePlaces(new org.incidex.place.PlaceResolver(gazetteer));
  }

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    List<Spot> spots = spotter.spot(Word.of(sentence));
    Map<String, Double> prior = CountryPrior.weights(context, sentence, gazetteer.countries());
    List<Resolved> resolved = new ArrayList<>();
    for (Spot s : spots) {
      resolved.addAll(resolver.resolve(s, prior));
    }
    List<Mention> out = new ArrayList<>();
    for (Resolved r : resolved) {
      out.add(mention(sentence, anchored(r, resolved, sentence, context, prior), prior));
    }
    for (PlaceMention p : eventNames.find(sentence, prior)) {
      if (out.stream().noneMatch(o -> o.span().overlaps(p.span()))) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return List.copyOf(out);
  }

  /** A site or an unknown district gets the town named with it, in the sentence or near it. */
  private Resolved anchored(
      Resolved r,
      List<Resolved> inSentence,
      Sentence sentence,
      DocumentContext context,
      Map<String, Double> prior) {
    boolean needsTown =
        r.spot()
            .kind()
            .map(k -> k == WherePrecision.SITE || k == WherePrecision.DISTRICT)
            .orElse(false);
    if (!needsTown) {
      return r;
    }
    Optional<GazetteerEntry> town =
        townIn(inSentence, r)
            .or(
                () ->
                    r.spot().kind().get() == WherePrecision.SITE
                        ? divisionIn(inSentence, r)
                        : Optional.empty())
            .or(() -> townInDocument(sentence, context, prior));
    if (town.isEmpty()) {
      return r;
    }
    boolean district = r.spot().kind().get() == WherePrecision.DISTRICT;
    boolean knownDistrict = r.entry().map(e -> e.kind() == PlaceKind.ADMIN2).orElse(false);
    if (district && !knownDistrict) {
      // a city's district: the namesake near the town, else the town's point ("Faladié district")
      Optional<GazetteerEntry> near = resolver.resolveNear(r.spot(), town.get(), prior);
      return new Resolved(
          r.spot(), near, near.isPresent() ? Optional.empty() : town, r.qualifierCountry());
    }
    return r.entry().isPresent()
        ? r
        : new Resolved(r.spot(), r.entry(), town, r.qualifierCountry());
  }

  private static Optional<GazetteerEntry> townIn(List<Resolved> all, Resolved site) {
    return all.stream()
        .filter(o -> o != site && o.entry().isPresent())
        .filter(o -> o.entry().get().kind() == PlaceKind.POPULATED_PLACE)
        .filter(o -> o.spot().kind().isEmpty())
        .min(Comparator.comparingInt(o -> Math.abs(o.spot().first() - site.spot().first())))
        .flatMap(Resolved::entry);
  }

  /**
   * A site named with a first-level division but no town takes the division ("In Lamu county,
   * gunmen ambushed a patrol near the Boni forest"), not a town from elsewhere in the document.
   */
  private static Optional<GazetteerEntry> divisionIn(List<Resolved> all, Resolved site) {
    return all.stream()
        .filter(o -> o != site && o.entry().isPresent())
        .filter(o -> o.entry().get().kind() == PlaceKind.ADMIN1)
        .min(Comparator.comparingInt(o -> Math.abs(o.spot().first() - site.spot().first())))
        .flatMap(Resolved::entry);
  }

  private Optional<GazetteerEntry> townInDocument(
      Sentence sentence, DocumentContext context, Map<String, Double> prior) {
    List<Sentence> all = context.sentences();
    int at = Math.max(0, Math.min(sentence.index(), all.size()));
    for (int d = 1; d <= MAX_SENTENCES_FOR_ANCHOR; d++) {
      for (int k : new int[] {at - d, at + d}) {
        if (k < 0 || k >= all.size() || all.get(k).index() == sentence.index()) {
          continue;
        }
        for (Spot s : spotter.spot(Word.of(all.get(k)))) {
          if (s.kind().isPresent()) {
            continue;
          }
          Optional<GazetteerEntry> town =
              resolver
                  .resolve(s, prior)
                  .get(0)
                  .entry()
                  .filter(e -> e.kind() == PlaceKind.POPULATED_PLACE);
          if (town.isPresent()) {
            return town;
          }
        }
      }
    }
    return Optional.empty();
  }

  private PlaceMention mention(Sentence sentence, Resolved r, Map<String, Double> prior) {
    Spot s = r.spot();
    Optional<GazetteerEntry> e = r.entry();
    Optional<GazetteerEntry> point = e.or(r::town);
    WherePrecision kind =
        s.kind().orElseGet(() -> e.map(PlaceExtractor::precisionOf).orElse(WherePrecision.TOWN));
    Optional<String> admin1 =
        r.spot().qualifiers().stream()
            .filter(q -> q.kind().equals(Optional.of(WherePrecision.PROVINCE)))
            .map(q -> sentence.textOf(q.span()))
            .findFirst();
    if (admin1.isEmpty() && kind == WherePrecision.PROVINCE) {
      admin1 = Optional.of(sentence.textOf(s.span()));
    }
    admin1 = admin1.map(PlaceExtractor::withoutGenericDivisionWord);
    if (admin1.isEmpty() && kind != WherePrecision.COUNTRY) {
      admin1 = point.flatMap(gazetteer::admin1Of).map(GazetteerEntry::name);
    }
    Optional<String> country =
        point
            .map(GazetteerEntry::country)
            .or(r::qualifierCountry)
            .or(() -> CountryPrior.top(prior));
    return new PlaceMention(
        s.span(),
        sentence.textOf(s.span()),
        kind,
        admin1,
        country,
        e.map(GazetteerEntry::id),
        point.map(GazetteerEntry::lat),
        point.map(GazetteerEntry::lon),
        s.preposition());
  }

  /**
   * The division's name without a lower-case generic word after it: "the Lower Shabelle region" is
   * Lower Shabelle, while "Moscow Oblast" and "Borno State" keep the word that is part of the name.
   */
  public static String withoutGenericDivisionWord(String name) {
    int space = name.lastIndexOf(' ');
    if (space <= 0) {
      return name;
    }
    String last = name.substring(space + 1);
    boolean generic =
        last.equals(last.toLowerCase(Locale.ROOT))
            && (PlaceCues.DIVISION_WORDS.containsKey(last) || last.equals("state"));
    return generic ? name.substring(0, space) : name;
  }

  private static WherePrecision precisionOf(GazetteerEntry e) {
    switch (e.kind()) {
      case COUNTRY:
        return WherePrecision.COUNTRY;
      case ADMIN1:
        return WherePrecision.PROVINCE;
      case ADMIN2:
        return WherePrecision.DISTRICT;
      default:
        return e.featureCode().equals("PPLX") ? WherePrecision.DISTRICT : WherePrecision.TOWN;
    }
  }
}
