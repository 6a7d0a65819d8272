package org.incidex.mention;

import java.util.ArrayList;
import java.util.List;
import org.incidex.model.ActorType;
import org.incidex.model.WherePrecision;

/**
 * Settles mentions of different sorts that claim the same words: a place inside an organisation's
 * name is part of the name ({@code Province} in {@code Islamic State – Khorasan Province}, {@code
 * US} in {@code US officials}, {@code Al-Shabaab} itself); a person's name inside a named site is
 * part of the site ({@code Hamid Karzai} in {@code Hamid Karzai International Airport}). Returns
 * new lists.
 */
public final class MentionOverlaps {
  private MentionOverlaps() {}

  public static List<Mention> settle(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m instanceof PlaceMention p && insideOrganization(p, mentions)) {
        continue;
      }
      if (m instanceof ActorMention a && a.type() == ActorType.PERSON && insideSite(a, mentions)) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static boolean insideOrganization(PlaceMention p, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m instanceof ActorMention a
          && a.type() == ActorType.ORGANIZATION
          && a.span().contains(p.span())) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideSite(ActorMention a, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m instanceof PlaceMention p
          && p.kind() == WherePrecision.SITE
          && p.span().contains(a.span())) {
        return true;
      }
    }
    return false;
  }
}
