package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * Named persons killed in attacks, and by whom. A person the sentence says died ({@code Mohamed
 * Mohamud Hayd … shot and killed}, {@code resulted in the death of Sheikh Abdul Hasib}) or that a
 * sentence identifies right after a death ({@code The U.S. Embassy confirmed the death of one
 * American. … identified him as Nate Henn}) was killed by the incident's perpetrators; or, if it
 * has none, by the group that claims "the killings" (or simply "responsibility") within the next
 * three sentences. A death whose killer the sentence names ({@code the US assassination of}) or
 * that is being mourned ({@code mourning the death of}) is another event and left to pair rules.
 */
final class VictimRule {
  private VictimRule() {}

  /** The name before the pattern: it died. */
  private static final Pattern DIED_AFTER =
      Pattern.compile(
          "^(?:\\s+and\\s+[^,.;]{1,40}?)?\\s+(?:was|were|had\\s+been)\\s+(?:\\p{Ll}+\\s+){0,2}"
              + "(?:killed|shot\\s+dead|assassinated|executed|beheaded|murdered)"
              + "|^[^.;]{0,80}?,\\s+killing\\s+(?:him|her)\\b");

  /** The name after the pattern: it died. */
  private static final Pattern DIED_BEFORE =
      Pattern.compile(
          "(?<noun>death|killing|assassination|murder|execution)\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,4}$"
              + "|\\b(?:killed|killing|assassinated|shot\\s+dead)\\s+(?:\\p{Ll}+\\s+){0,2}$");

  /** Words before a death noun that make it a past death remembered, not this attack's. */
  private static final Pattern MOURNED =
      Pattern.compile(
          "\\b(?:mourn\\w*|commemorat\\w*|anniversary|memorial|marking|avenge\\w*)\\b[^,.;]{0,30}$");

  /** The sentence identifies the dead named in it. */
  private static final Pattern IDENTIFIED =
      Pattern.compile(
          "\\bidentified\\s+(?:him|her|the\\s+(?:\\p{Ll}+\\s+){0,2}(?:victim|dead|man|woman|commander"
              + "|fighter|militant|soldier|officer|journalist|worker|leader))\\s+as\\s+$");

  /** A claim after the killings, by the actor named before it. */
  private static final Pattern CLAIMED =
      Pattern.compile(
          "^(?:'s)?\\s+(?:later\\s+|has\\s+|have\\s+)?claimed\\s+responsibility(?:\\s+for\\s+(?:both|the"
              + "|these|all|two|three|the\\s+two)?\\s*(?:killings?|assassinations?|attacks?"
              + "|shootings?|murders?))?\\s*[.,]");

  static List<Relation> apply(List<SentenceMentions> document, List<Incident> incidents) {
    List<Relation> out = new ArrayList<>();
    for (int k = 0; k < document.size(); k++) {
      SentenceMentions sm = document.get(k);
      for (ActorMention p : dead(sm, k > 0 ? document.get(k - 1) : null, incidents)) {
        Optional<Incident> incident = incidentOf(sm, k > 0 ? document.get(k - 1) : null, incidents);
        List<String> killers = new ArrayList<>();
        Optional<When> date = Optional.empty();
        if (incident.isPresent() && !incident.get().perpetrators().isEmpty()) {
          incident.get().perpetrators().forEach(x -> killers.add(x.value()));
          date = incident.get().date().map(Sourced::value);
        } else {
          claimant(document, k).ifPresent(killers::add);
        }
        for (String killer : killers) {
          out.add(
              new Relation(
                  p.name(),
                  Predicate.KILLED_BY,
                  killer,
                  date,
                  Optional.empty(),
                  List.of(PatternRelationExtractor.ref(sm.sentence()))));
        }
      }
    }
    return out;
  }

  /** The persons a sentence says were killed in the attack it tells of. */
  private static List<ActorMention> dead(
      SentenceMentions sm, SentenceMentions previous, List<Incident> incidents) {
    String text = sm.sentence().text();
    int base = sm.sentence().span().start();
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention p : sm.all(ActorMention.class)) {
      if (p.type() != ActorType.PERSON) {
        continue;
      }
      String after = text.substring(p.span().end() - base);
      String before = text.substring(0, p.span().start() - base);
      Matcher died = DIED_BEFORE.matcher(before);
      boolean named = DIED_AFTER.matcher(after).find();
      if (!named && died.find()) {
        named = died.group("noun") == null || !killerNamed(sm, before, died.start());
      }
      if (!named && previous != null && IDENTIFIED.matcher(before).find()) {
        named = previousTellsDeath(previous, incidents);
      }
      if (named) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * "the US assassination of", "mourning the death of": not a death this sentence's attack caused.
   */
  private static boolean killerNamed(SentenceMentions sm, String before, int nounStart) {
    String lead = before.substring(0, nounStart);
    if (MOURNED.matcher(lead).find()) {
      return true;
    }
    int base = sm.sentence().span().start();
    for (ActorMention a : sm.all(ActorMention.class)) {
      int end = a.span().end() - base;
      if (end <= nounStart && lead.substring(end).matches("(?:'s|’s)?\\s*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean previousTellsDeath(SentenceMentions previous, List<Incident> incidents) {
    SentenceRef ref = PatternRelationExtractor.ref(previous.sentence());
    boolean inIncident = incidents.stream().anyMatch(i -> i.mentions().contains(ref));
    return inIncident
        && previous.sentence().text().matches("(?is).*\\b(?:death|killed|died|dead)\\b.*");
  }

  /**
   * The incident this sentence (or, for an identification, the one before) speaks of; of several,
   * the first whose perpetrators are known.
   */
  private static Optional<Incident> incidentOf(
      SentenceMentions sm, SentenceMentions previous, List<Incident> incidents) {
    Optional<Incident> own = told(sm, incidents);
    if (own.isPresent() || previous == null) {
      return own;
    }
    return told(previous, incidents);
  }

  private static Optional<Incident> told(SentenceMentions sm, List<Incident> incidents) {
    SentenceRef ref = PatternRelationExtractor.ref(sm.sentence());
    List<Incident> telling = incidents.stream().filter(i -> i.mentions().contains(ref)).toList();
    return telling.stream()
        .filter(i -> !i.perpetrators().isEmpty())
        .findFirst()
        .or(() -> telling.stream().findFirst());
  }

  /** The armed group that claims responsibility within the next three sentences. */
  private static Optional<String> claimant(List<SentenceMentions> document, int k) {
    for (int n = k + 1; n < document.size() && n <= k + 3; n++) {
      SentenceMentions sm = document.get(n);
      String text = sm.sentence().text();
      int base = sm.sentence().span().start();
      for (ActorMention a : sm.all(ActorMention.class)) {
        if (a.isArmedGroup() && CLAIMED.matcher(text.substring(a.span().end() - base)).find()) {
          return Optional.of(a.name());
        }
      }
    }
    return Optional.empty();
  }
}
