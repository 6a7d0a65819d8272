package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.incidex.mention.ActorMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.Incident;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.When;
import org.incidex.text.Sentence;

/**
 * The standard relation extractor: the pair patterns of {@link PairRules} over every two actor
 * names of a sentence, then the sentence-level rules ({@link SentenceRules}: roles in brackets,
 * tenures, appointments, funding) and the incident rule (named victims of a claimed attack were
 * killed by its perpetrators).
 */
public final class PatternRelationExtractor implements RelationExtractor {
  private final SentenceRules sentenceRules = new SentenceRules();

  @Override
  public List<Relation> extract(List<SentenceMentions> document, List<Incident> incidents) {
    List<Relation> out = new ArrayList<>();
    Optional<ActorMention> lastGroup = Optional.empty();
    for (SentenceMentions sm : document) {
      if (!sm.sentence().isBody()) {
        continue;
      }
      List<ActorMention> actors = sm.all(ActorMention.class);
      out.addAll(pairs(sm, actors));
      out.addAll(sentenceRules.apply(sm, actors, lastGroup));
      for (ActorMention a : actors) {
        if (a.isArmedGroup()) {
          lastGroup = Optional.of(a);
        }
      }
    }
    out.addAll(VictimRule.apply(document, incidents));
    return out;
  }

  private static List<Relation> pairs(SentenceMentions sm, List<ActorMention> actors) {
    Sentence s = sm.sentence();
    String text = s.text();
    int base = s.span().start();
    List<Relation> out = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size() && j <= i + 3; j++) {
        ActorMention a = actors.get(i);
        ActorMention b = actors.get(j);
        if (a.span().end() > b.span().start() || a.name().equals(b.name())) {
          continue;
        }
        String between = text.substring(a.span().end() - base, b.span().start() - base);
        String before = text.substring(0, a.span().start() - base);
        for (PairRule rule : PairRules.ALL) {
          if (!kindsFit(rule.kinds(), a, b)) {
            continue;
          }
          Matcher mb = rule.between().matcher(between);
          if (!mb.matches()) {
            continue;
          }
          Optional<String> role = role(mb);
          if (rule.before().isPresent()) {
            Matcher m0 = rule.before().get().matcher(before);
            if (!m0.find()) {
              continue;
            }
            role = role.or(() -> role(m0));
          }
          role = role.or(rule::defaultRole);
          ActorMention subject = rule.reversed() ? b : a;
          ActorMention object = rule.reversed() ? a : b;
          Optional<When> date = rule.dated() ? Dates.nearest(sm, a.span()) : Optional.empty();
          out.add(
              new Relation(
                  subject.name(), rule.predicate(), object.name(), date, role, List.of(ref(s))));
          break;
        }
      }
    }
    return out;
  }

  static Optional<String> role(Matcher m) {
    try {
      String r = m.group("role");
      return r == null || r.isBlank() ? Optional.empty() : Optional.of(r.strip());
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  static boolean kindsFit(PairRule.Kinds kinds, ActorMention a, ActorMention b) {
    boolean ap = a.type() == ActorType.PERSON;
    boolean bp = b.type() == ActorType.PERSON;
    return switch (kinds) {
      case PERSON_THEN_ORG -> ap && !bp;
      case ORG_THEN_PERSON -> !ap && bp;
      case ORG_THEN_ORG -> !ap && !bp;
      case PERSON_THEN_PERSON -> ap && bp;
      case PERSON_THEN_ANY -> ap;
      case ANY_THEN_PERSON -> bp;
      case ANY_THEN_ANY -> true;
    };
  }

  static SentenceRef ref(Sentence s) {
    return new SentenceRef(s.docId(), s.span(), s.text());
  }

  /** The date a sentence gives nearest to a span, for relations that are events. */
  static final class Dates {
    private Dates() {}

    static Optional<When> nearest(SentenceMentions sm, org.incidex.text.Span near) {
      DateMention best = null;
      for (DateMention d : sm.all(DateMention.class)) {
        if (best == null || d.span().distanceTo(near) < best.span().distanceTo(near)) {
          best = d;
        }
      }
      return Optional.ofNullable(best).map(d -> new When(d.value(), d.until()));
    }
  }
}
