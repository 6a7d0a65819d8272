package org.incidex.fusion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.frame.IncidentFrame;
import org.incidex.mention.AttributionMention;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.PlaceMention;
import org.incidex.mention.TargetMention;
import org.incidex.mention.place.PlaceExtractor;
import org.incidex.model.Attribution;
import org.incidex.model.Count;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.Kind;
import org.incidex.model.Location;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;
import org.incidex.model.WherePrecision;

/**
 * Turns finished drafts into incidents: each field from the best evidence among the draft's frames,
 * and a readable id ({@code kerman-2024-01-03-bombing}) unique within the result.
 */
final class IncidentBuilder {

  List<Incident> build(List<Draft> drafts) {
    List<Incident> out = new ArrayList<>();
    Map<String, Integer> used = new HashMap<>();
    for (Draft d : drafts) {
      Incident i = build(d);
      String id = i.id();
      int n = used.merge(id, 1, Integer::sum);
      out.add(n == 1 ? i : i.withId(id + "-" + n));
    }
    return out;
  }

  private Incident build(Draft d) {
    IncidentFrame first = d.frames.get(0);
    Kind kind = d.kind();
    var type = new Sourced<>(d.type(), typeEvidence(d));
    Optional<Sourced<When>> date =
        d.date().map(m -> new Sourced<>(new When(m.value(), m.until()), evidence(first, m.span())));
    Optional<PlaceMention> place = d.place();
    Optional<String> country = place.flatMap(PlaceMention::country).or(d::country);
    Optional<String> admin1 = admin1(d, place);
    Location location =
        new Location(
            place.map(IncidentBuilder::placeName),
            admin1,
            country,
            place.flatMap(PlaceMention::lat),
            place.flatMap(PlaceMention::lon),
            place.flatMap(PlaceMention::gazetteerId),
            place.map(PlaceMention::kind).or(() -> country.map(c -> WherePrecision.COUNTRY)));
    Optional<Evidence> locationEvidence =
        place.map(p -> new Evidence(first.docId(), p.span())).or(() -> firstCountryEvidence(d));
    List<Sourced<String>> perpetrators = new ArrayList<>();
    List<Sourced<String>> suspected = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (IncidentFrame f : d.frames) {
      for (AttributionMention a : f.attributions()) {
        if (a.attribution() != Attribution.SUSPECTED && seen.add(a.actor().name())) {
          perpetrators.add(new Sourced<>(a.actor().name(), new Evidence(f.docId(), a.span())));
        }
      }
    }
    for (IncidentFrame f : d.frames) {
      for (AttributionMention a : f.attributions()) {
        if (a.attribution() == Attribution.SUSPECTED && seen.add(a.actor().name())) {
          suspected.add(new Sourced<>(a.actor().name(), new Evidence(f.docId(), a.span())));
        }
      }
    }
    Map<Target, Sourced<Target>> targets = new LinkedHashMap<>();
    for (IncidentFrame f : d.frames) {
      for (TargetMention t : f.targets()) {
        targets.putIfAbsent(
            t.target(), new Sourced<>(t.target(), new Evidence(f.docId(), t.span())));
      }
    }
    if (kind == Kind.ATTACK && targets.isEmpty()) {
      // GTD codes an attack whose target the text does not name as "Unknown"
      targets.put(Target.UNKNOWN, new Sourced<>(Target.UNKNOWN, typeEvidence(d)));
    }
    if (kind == Kind.SECURITY_OPERATION && !targets.containsKey(Target.NON_STATE_MILITIA)) {
      targets.put(
          Target.NON_STATE_MILITIA, new Sourced<>(Target.NON_STATE_MILITIA, typeEvidence(d)));
    }
    Optional<Sourced<Count>> killed = Figures.choose(d, IncidentFrame::killed);
    Optional<Sourced<Count>> wounded = Figures.choose(d, IncidentFrame::wounded);
    Optional<Sourced<Count>> casualties = Figures.choose(d, IncidentFrame::casualties);
    Optional<Sourced<Boolean>> suicide = Optional.empty();
    for (IncidentFrame f : d.frames) {
      if (f.suicide().isPresent()) {
        suicide =
            Optional.of(new Sourced<>(true, new Evidence(f.docId(), f.suicide().get().span())));
        break;
      }
    }
    List<SentenceRef> mentions =
        new ArrayList<>(
            new LinkedHashSet<>(d.frames.stream().map(IncidentFrame::sentence).sorted().toList()));
    List<String> notes = new ArrayList<>();
    d.frames.forEach(f -> notes.addAll(f.notes()));
    String id = IncidentIds.of(location, date.map(s -> s.value().start()), type.value());
    return new Incident(
        id,
        kind,
        type,
        date,
        location,
        locationEvidence,
        perpetrators,
        suspected,
        List.copyOf(targets.values()),
        killed,
        wounded,
        casualties,
        suicide,
        mentions,
        List.copyOf(new LinkedHashSet<>(notes)));
  }

  /** A neighbourhood is named without the word ("Dharkenley", not "Dharkenley neighborhood"). */
  static String placeName(PlaceMention p) {
    if (p.kind() != WherePrecision.DISTRICT) {
      return p.name();
    }
    String bare = p.name().replaceAll("(?i)\\s+(?:neighbou?rhood|suburb|quarter|area)$", "");
    return bare.isBlank() ? p.name() : bare;
  }

  /** admin1 only where the text names the province: the place itself, or a province beside it. */
  private static Optional<String> admin1(Draft d, Optional<PlaceMention> place) {
    if (place.isPresent() && place.get().kind() == WherePrecision.PROVINCE) {
      return Optional.of(place.get().name());
    }
    for (IncidentFrame f : d.frames) {
      List<PlaceMention> provinces =
          f.places().stream()
              .filter(p -> p.kind() == WherePrecision.PROVINCE)
              .filter(p -> place.isEmpty() || place.get().country().equals(p.country()))
              .toList();
      if (!provinces.isEmpty()) {
        // several first-level names ("Soum province, in Burkina Faso's Sahel region"): the
        // outermost the gazetteer knows as a first-level division
        PlaceMention chosen =
            provinces.size() > 1
                ? provinces.stream()
                    .filter(p -> p.gazetteerId().map(id -> id.startsWith("admin1:")).orElse(false))
                    .reduce((inner, outer) -> outer)
                    .orElse(provinces.get(0))
                : provinces.get(0);
        return Optional.of(PlaceExtractor.withoutGenericDivisionWord(chosen.name()));
      }
    }
    // "the town of Tame, in Arauca": a name the text gives for the gazetteer's "Arauca Department"
    // (after a town only: a site's town is its city, "the Westgate mall in Nairobi")
    Optional<String> known =
        place.filter(p -> p.kind() == WherePrecision.TOWN).flatMap(PlaceMention::admin1);
    if (known.isPresent()) {
      for (IncidentFrame f : d.frames) {
        for (PlaceMention p : f.places()) {
          if (p.span().start() > place.get().span().start()
              && isNameWithDivisionWord(known.get(), p.name())) {
            return Optional.of(p.name());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern DIVISION_WORD =
      java.util.regex.Pattern.compile(
          "(?i) (?:department|province|region|state|county|governorate|oblast)$");

  /** "Arauca Department" is the division named "Arauca". */
  static boolean isNameWithDivisionWord(String admin1, String name) {
    return admin1.length() > name.length()
        && admin1.regionMatches(true, 0, name, 0, name.length())
        && DIVISION_WORD.matcher(admin1.substring(name.length())).matches();
  }

  private static Optional<Evidence> firstCountryEvidence(Draft d) {
    for (IncidentFrame f : d.frames) {
      if (f.country().isPresent()) {
        return Optional.of(f.country().get().from());
      }
    }
    return Optional.empty();
  }

  private static Evidence typeEvidence(Draft d) {
    for (IncidentFrame f : d.frames) {
      for (EventMention t : f.triggers()) {
        if (t.type() == d.type()) {
          return new Evidence(f.docId(), t.span());
        }
      }
    }
    IncidentFrame f = d.frames.get(0);
    return new Evidence(
        f.docId(), f.triggers().isEmpty() ? f.sentence().span() : f.triggers().get(0).span());
  }

  private static Evidence evidence(IncidentFrame f, org.incidex.text.Span span) {
    return new Evidence(f.docId(), span);
  }

  /**
   * Figures: a revised toll wins; a number given both hedged and plain is exact; else the first.
   */
  static final class Figures {
    private Figures() {}

    static Optional<Sourced<Count>> choose(
        Draft d, java.util.function.Function<IncidentFrame, Optional<CasualtyMention>> slot) {
      List<Sourced<Count>> all = new ArrayList<>();
      Sourced<Count> update = null;
      for (IncidentFrame f : d.frames) {
        Optional<CasualtyMention> c = slot.apply(f);
        if (c.isPresent()) {
          Sourced<Count> s =
              new Sourced<>(c.get().count(), new Evidence(f.docId(), c.get().span()));
          all.add(s);
          if (c.get().update()) {
            update = s;
          }
        }
      }
      if (update != null) {
        return Optional.of(update);
      }
      if (all.isEmpty()) {
        return Optional.empty();
      }
      for (Sourced<Count> s : all) {
        if (s.value().qualifier() == org.incidex.model.Qualifier.EXACT
            && all.stream().anyMatch(o -> o != s && o.value().value() == s.value().value())) {
          return Optional.of(s);
        }
      }
      for (IncidentFrame f : d.frames) {
        Optional<CasualtyMention> c = slot.apply(f);
        if (c.isPresent() && !f.reference()) {
          return Optional.of(
              new Sourced<>(c.get().count(), new Evidence(f.docId(), c.get().span())));
        }
      }
      return Optional.of(all.get(0));
    }
  }

  static String ascii(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }
}
