package org.incidex.muc4;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidex.mention.EventMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.IncidentType;

/**
 * Which MUC-4 incident types a sentence tells of, from its event mentions and its words. Incidex's
 * types are GTD's: a bombing is a bombing; a kidnapping, hostage-taking or hijacking is a
 * kidnapping; other attacks are attacks, unless the sentence's words say arson ({@code set fire},
 * {@code burned}), robbery ({@code robbed}, {@code stole}) or a forced work stoppage ({@code armed
 * strike}). Generic and security-operation mentions tell of no type.
 */
final class TypeCues {
  private TypeCues() {}

  private static final Map<IncidentType, Muc4Type> BY_TYPE =
      Map.of(
          IncidentType.BOMBING, Muc4Type.BOMBING,
          IncidentType.KIDNAPPING, Muc4Type.KIDNAPPING,
          IncidentType.HOSTAGE_BARRICADE, Muc4Type.KIDNAPPING,
          IncidentType.HIJACKING, Muc4Type.KIDNAPPING);

  /** Words of the types Incidex has none of. */
  private static final List<Map.Entry<Pattern, Muc4Type>> WORDS =
      List.of(
          Map.entry(
              Pattern.compile(
                  "\\b(?:armed strike|work stoppage|transport strike|paro armado|general strike)\\b"),
              Muc4Type.FORCED_WORK_STOPPAGE),
          Map.entry(
              Pattern.compile(
                  "\\b(?:rob(?:bed|bery|beries|bing)|stole|stolen|steal|loot(?:ed|ing)|assault(?:ed)?"
                      + " (?:a|the) bank)\\b"),
              Muc4Type.ROBBERY),
          Map.entry(
              Pattern.compile(
                  "\\b(?:arson|set (?:fire|ablaze|on fire)|burn(?:ed|t|ing)?|torch(?:ed|ing)"
                      + "|incendiar(?:y|ies)|firebomb(?:ed|ing)?|molotov)\\b"),
              Muc4Type.ARSON));

  static Set<Muc4Type> of(SentenceMentions sm) {
    Set<Muc4Type> out = EnumSet.noneOf(Muc4Type.class);
    String text = sm.sentence().text().toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, Muc4Type> w : WORDS) {
      if (w.getKey().matcher(text).find()) {
        out.add(w.getValue());
      }
    }
    for (EventMention e : sm.all(EventMention.class)) {
      if (e.generic() || e.type().kind() != org.incidex.model.Kind.ATTACK) {
        continue;
      }
      out.add(BY_TYPE.getOrDefault(e.type(), Muc4Type.ATTACK));
    }
    return out;
  }
}
