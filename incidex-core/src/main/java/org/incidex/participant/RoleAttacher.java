package org.incidex.participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.RoleFiller;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.text.Span;

/**
 * Stage: gives each incident the role mentions ({@link RoleMention}: individual perpetrators,
 * victims, physical targets, weapons) of the sentences that tell of it. A sentence that tells of
 * several incidents gives a mention to the one whose type evidence is nearest to it. The same role
 * and text is listed once per incident, with its first evidence. Returns new incidents; spans stay
 * document offsets.
 */
public final class RoleAttacher {

  public List<Incident> attach(List<Incident> incidents, List<SentenceMentions> sentences) {
    List<List<Sourced<RoleFiller>>> roles = new ArrayList<>();
    List<Set<String>> seen = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      roles.add(new ArrayList<>());
      seen.add(new HashSet<>());
    }
    for (SentenceMentions sm : sentences) {
      SentenceRef ref =
          new SentenceRef(sm.sentence().docId(), sm.sentence().span(), sm.sentence().text());
      for (RoleMention r : sm.all(RoleMention.class)) {
        int owner = nearest(incidents, ref, r.span());
        if (owner < 0) {
          continue;
        }
        String key = r.role() + "\u0000" + r.text().toLowerCase(Locale.ROOT);
        if (seen.get(owner).add(key)) {
          roles
              .get(owner)
              .add(
                  new Sourced<>(
                      new RoleFiller(r.role(), r.text()), new Evidence(ref.docId(), r.span())));
        }
      }
    }
    List<Incident> out = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      out.add(roles.get(i).isEmpty() ? incident : incident.withRoles(roles.get(i)));
    }
    return out;
  }

  /** The incident told by this sentence whose type evidence is nearest the span; -1 if none. */
  private static int nearest(List<Incident> incidents, SentenceRef sentence, Span span) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      if (!incident.mentions().contains(sentence)) {
        continue;
      }
      Evidence typed = incident.type().from();
      int distance =
          typed.docId().equals(sentence.docId()) && sentence.span().contains(typed.span())
              ? typed.span().distanceTo(span)
              : Integer.MAX_VALUE - 1;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }
}
