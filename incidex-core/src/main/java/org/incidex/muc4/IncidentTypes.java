package org.incidex.muc4;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.incidex.mention.EventMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.SentenceRef;
import org.incidex.pipeline.DocumentResult;

/**
 * Maps an Incidex incident to a MUC-4 incident type. Incidex types are GTD's; MUC-4 splits
 * differently: a bombing is a bombing, a kidnapping or hostage-taking is a kidnapping, and every
 * other attack is an attack, unless the incident's own words say arson ({@code set fire}, {@code
 * burned}), robbery ({@code robbed}, {@code stole}) or a forced work stoppage ({@code armed
 * strike}, {@code work stoppage}). The words are read from the incident's triggers and sentences.
 */
final class IncidentTypes {
  private static final Map<IncidentType, Muc4Type> BY_TYPE =
      Map.of(
          IncidentType.BOMBING, Muc4Type.BOMBING,
          IncidentType.KIDNAPPING, Muc4Type.KIDNAPPING,
          IncidentType.HOSTAGE_BARRICADE, Muc4Type.KIDNAPPING,
          IncidentType.HIJACKING, Muc4Type.KIDNAPPING);

  /** Words of the types Incidex has none of, most specific first. */
  private static final List<Map.Entry<Pattern, Muc4Type>> WORDS =
      List.of(
          Map.entry(
              Pattern.compile("\\b(?:armed strike|work stoppage|paro armado|general strike)\\b"),
              Muc4Type.FORCED_WORK_STOPPAGE),
          Map.entry(
              Pattern.compile(
                  "\\b(?:rob(?:bed|bery|beries|bing)|stole|stolen|steal|loot(?:ed|ing))\\b"),
              Muc4Type.ROBBERY),
          Map.entry(
              Pattern.compile(
                  "\\b(?:arson|set (?:fire|ablaze|on fire)|burn(?:ed|t|ing)?|torch(?:ed|ing)"
                      + "|incendiar(?:y|ies)|firebomb(?:ed|ing)?|molotov)\\b"),
              Muc4Type.ARSON));

  Muc4Type of(Incident incident, DocumentResult result) {
    Muc4Type mapped = BY_TYPE.get(incident.typeValue());
    if (mapped != null) {
      return mapped;
    }
    String words = triggerWords(incident, result);
    for (Map.Entry<Pattern, Muc4Type> w : WORDS) {
      if (w.getKey().matcher(words).find()) {
        return w.getValue();
      }
    }
    return Muc4Type.ATTACK;
  }

  /** The trigger words of the incident's sentences, lower case. */
  private static String triggerWords(Incident incident, DocumentResult result) {
    StringBuilder b = new StringBuilder();
    for (SentenceMentions sm : result.sentences()) {
      SentenceRef ref =
          new SentenceRef(sm.sentence().docId(), sm.sentence().span(), sm.sentence().text());
      if (!incident.mentions().contains(ref)) {
        continue;
      }
      for (EventMention e : sm.all(EventMention.class)) {
        b.append(e.cue()).append(" | ");
      }
      b.append(sm.sentence().text().toLowerCase(Locale.ROOT)).append(" | ");
    }
    return b.toString();
  }
}
