package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.PlaceMention;
import org.incidex.model.WherePrecision;
import org.incidex.place.GazetteerEntry;
import org.incidex.place.PlaceHints;
import org.incidex.place.PlaceKind;
import org.incidex.place.PlaceResolver;
import org.incidex.text.Sentence;

/**
 * Places named as part of an event's name: "the Beslan school siege", "the Kerman bombing", "the
 * Westgate attack" (when the gazetteer knows the word as a town). The event is taken to have
 * happened there, so the mention's preposition is "in".
 */
final class EventNamePlaces {
  private static final Pattern EVENT_NAME =
      Pattern.compile(
          "\\b(?:the|a|an)\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:\\p{Ll}+\\s+)?"
              + "(?:attacks?|bombings?|siege|massacre|blasts?|explosions?|shootings?|hostage crisis"
              + "|hostage-taking|kidnapping|assault)\\b");

  private final PlaceResolver resolver;

  EventNamePlaces(PlaceResolver resolver) {
    this.resolver = resolver;
  }

  List<PlaceMention> find(Sentence sentence, Map<String, Double> prior) {
    List<PlaceMention> out = new ArrayList<>();
    Matcher m = EVENT_NAME.matcher(sentence.text());
    while (m.find()) {
      String name = m.group("name");
      Optional<GazetteerEntry> e =
          resolver
              .resolve(name, PlaceHints.none().withCountryWeights(prior))
              .filter(x -> x.kind() == PlaceKind.POPULATED_PLACE)
              .filter(x -> PlaceNamesMatch.exactly(x.name(), name));
      if (e.isPresent()) {
        GazetteerEntry g = e.get();
        out.add(
            new PlaceMention(
                sentence.toDocument(m.start("name"), m.end("name")),
                name,
                WherePrecision.TOWN,
                Optional.empty(),
                Optional.of(g.country()),
                Optional.of(g.id()),
                Optional.of(g.lat()),
                Optional.of(g.lon()),
                "in"));
      }
    }
    return out;
  }

  /** Names compared without case and accents. */
  static final class PlaceNamesMatch {
    private PlaceNamesMatch() {}

    static boolean exactly(String a, String b) {
      return org.incidex.place.PlaceNames.key(a).equals(org.incidex.place.PlaceNames.key(b));
    }
  }
}
