package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;
import org.incidex.text.Sentence;

/**
 * States and their forces named by nationality: {@code Kenyan authorities} is the state Kenya,
 * {@code Turkish security forces} its own actor, {@code the Malian army} the country's armed
 * forces. {@code the Ugandan and Burundian nations} names two states.
 */
final class StateActorRules {
  /** What each noun after a nationality stands for; {@code %s} is the demonym. */
  private static final Map<String, String> NOUNS =
      Map.ofEntries(
          Map.entry("authorities", ""),
          Map.entry("government", ""),
          Map.entry("officials", ""),
          Map.entry("state", ""),
          Map.entry("nation", ""),
          Map.entry("nations", ""),
          Map.entry("security forces", "%s security forces"),
          Map.entry("special forces", "%s Special Forces"),
          Map.entry("forces", "%s Armed Forces"),
          Map.entry("military forces", "%s Armed Forces"),
          Map.entry("armed forces", "%s Armed Forces"),
          Map.entry("military", "%s Armed Forces"),
          Map.entry("army", "%s Armed Forces"),
          Map.entry("troops", "%s Armed Forces"),
          Map.entry("soldiers", "%s Armed Forces"),
          Map.entry("police", "%s Police"),
          Map.entry("intelligence", "%s intelligence"));

  private static final Pattern PHRASE =
      Pattern.compile(
          "\\b((?:\\p{Lu}[\\p{L}-]+\\s+)?\\p{Lu}[\\p{L}-]+)(?:\\s+and\\s+(\\p{Lu}[\\p{L}-]+))?\\s+(?:(?:federal|central|transitional"
              + "|national|interim|regional|provincial|military-led|military)\\s+(?=government|authorities))?"
              + "(security forces|special forces"
              + "|military forces|armed forces|authorities|government|officials|state|nations?"
              + "|forces|military|army|troops|soldiers|police|intelligence)\\b");

  private final Nationalities nationalities;

  StateActorRules(Nationalities nationalities) {
    this.nationalities = nationalities;
  }

  List<ActorMention> find(Sentence sentence) {
    String text = sentence.text();
    List<ActorMention> out = new ArrayList<>();
    Matcher m = PHRASE.matcher(text);
    while (m.find()) {
      String noun = m.group(3).toLowerCase(Locale.ROOT);
      int firstStart = m.start(1);
      Optional<String> first = nationalities.countryOfDemonym(m.group(1));
      int space = m.group(1).indexOf(' ');
      if (first.isEmpty() && space > 0) {
        firstStart = m.start(1) + m.group(1).lastIndexOf(' ') + 1;
        first = nationalities.countryOfDemonym(text.substring(firstStart, m.end(1)));
      }
      if (first.isEmpty()) {
        continue;
      }
      Optional<String> second =
          m.group(2) == null ? Optional.empty() : nationalities.countryOfDemonym(m.group(2));
      if (second.isPresent()) {
        out.add(state(sentence, firstStart, m.end(1), first.get(), noun));
        out.add(state(sentence, m.start(2), m.end(3), second.get(), noun));
      } else {
        out.add(state(sentence, firstStart, m.end(3), first.get(), noun));
      }
    }
    return out;
  }

  private ActorMention state(Sentence sentence, int start, int end, String iso2, String noun) {
    String pattern = NOUNS.get(noun);
    String canonical =
        pattern.isEmpty()
            ? nationalities.nameOf(iso2)
            : String.format(pattern, nationalities.demonymOf(iso2));
    return new ActorMention(
        sentence.toDocument(start, end),
        sentence.text().substring(start, end),
        Optional.of(canonical),
        ActorType.ORGANIZATION,
        ActorClass.STATE,
        false,
        LinkBasis.NATIONALITY);
  }
}
