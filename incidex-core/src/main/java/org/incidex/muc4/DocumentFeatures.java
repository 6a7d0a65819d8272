package org.incidex.muc4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidex.mention.ActorMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.pipeline.DocumentResult;
import org.incidex.text.Token;

/**
 * Describes a whole document for the relevance model: the lemmas of its body (and, apart, of its
 * lead sentence, where wire reports say what happened), and what Incidex made of it: how many
 * specific events of which types, frames, incidents, armed groups and role mentions. Reads only.
 */
final class DocumentFeatures {
  private DocumentFeatures() {}

  static List<String> of(DocumentResult result) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    boolean lead = true;
    int events = 0;
    java.util.Map<Muc4Type, Integer> cues = new java.util.EnumMap<>(Muc4Type.class);
    for (SentenceMentions sm : result.sentences()) {
      if (!sm.sentence().isBody()) {
        continue;
      }
      for (Muc4Type t : TypeCues.of(sm)) {
        cues.merge(t, 1, Integer::sum);
        if (lead) {
          f.add("leadcue=" + t);
        }
        for (RoleMention r : sm.all(RoleMention.class)) {
          f.add("cue+role=" + t + ":" + r.role());
        }
      }
      for (Token t : sm.sentence().tokens()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.chars().allMatch(Character::isLetter) && lemma.length() > 1) {
          f.add("w=" + lemma);
          if (lead) {
            f.add("lead=" + lemma);
          }
        }
      }
      lead = false;
      for (EventMention e : sm.all(EventMention.class)) {
        if (!e.generic() && e.isStrong()) {
          events++;
          f.add("event=" + e.type());
        }
      }
      for (ActorMention a : sm.all(ActorMention.class)) {
        f.add("actor=" + a.actorClass());
      }
      for (RoleMention r : sm.all(RoleMention.class)) {
        f.add("role=" + r.role());
      }
    }
    cues.forEach((t, n) -> f.add("cues=" + t + ":" + bucket(n)));
    f.add("events=" + bucket(events));
    f.add("frames=" + bucket(result.frames().size()));
    f.add("incidents=" + bucket(result.incidents().size()));
    return new ArrayList<>(f);
  }

  private static String bucket(int n) {
    return n == 0 ? "0" : n < 3 ? "1-2" : n < 6 ? "3-5" : "6+";
  }
}
