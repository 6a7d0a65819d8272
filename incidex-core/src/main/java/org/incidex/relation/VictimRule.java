package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.Incident;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;

/**
 * A named person killed in an incident whose perpetrators are established (claimed or stated) was
 * killed by each of them ({@code Mohamed Mohamud Hayd … shot and killed}, al-Shabaab claimed it;
 * {@code resulted in the death of Sheikh Abdul Hasib}, a raid by two named forces).
 */
final class VictimRule {
  private VictimRule() {}

  /** The name before the pattern: it died. */
  private static final Pattern DIED_AFTER =
      Pattern.compile(
          "^(?:\\s+and\\s+[^,.;]{1,40}?)?\\s+(?:was|were|had\\s+been)\\s+(?:\\p{Ll}+\\s+){0,2}"
              + "(?:killed|shot\\s+dead|assassinated|executed|beheaded|murdered)");

  /** The name after the pattern: it died. */
  private static final Pattern DIED_BEFORE =
      Pattern.compile(
          "(?:death|killing|assassination|murder|execution)\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,4}$"
              + "|\\b(?:killed|killing|assassinated|shot\\s+dead)\\s+(?:\\p{Ll}+\\s+){0,2}$");

  static List<Relation> apply(List<SentenceMentions> document, List<Incident> incidents) {
    List<Relation> out = new ArrayList<>();
    for (Incident incident : incidents) {
      if (incident.perpetrators().isEmpty()) {
        continue;
      }
      Optional<When> date = incident.date().map(Sourced::value);
      for (SentenceMentions sm : document) {
        SentenceRef ref = PatternRelationExtractor.ref(sm.sentence());
        if (!incident.mentions().contains(ref)) {
          continue;
        }
        String text = sm.sentence().text();
        int base = sm.sentence().span().start();
        for (ActorMention p : sm.all(ActorMention.class)) {
          if (p.type() != ActorType.PERSON) {
            continue;
          }
          String after = text.substring(p.span().end() - base);
          String before = text.substring(0, p.span().start() - base);
          if (DIED_AFTER.matcher(after).find() || DIED_BEFORE.matcher(before).find()) {
            for (Sourced<String> perpetrator : incident.perpetrators()) {
              out.add(
                  new Relation(
                      p.name(),
                      Predicate.KILLED_BY,
                      perpetrator.value(),
                      date,
                      Optional.empty(),
                      List.of(ref)));
            }
          }
        }
      }
    }
    return out;
  }
}
