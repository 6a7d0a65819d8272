package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.When;

/**
 * Leaders by succession: when a sentence says one person succeeded or replaced another ({@code
 * Al-Wuhayshi was killed … and was replaced by Qasim al-Raymi}, {@code Diriye, who succeeded
 * Godane}, {@code Khalid Batarfi was named as his successor}), the successor leads what the
 * predecessor led, anywhere the document says so, with the same role, from the sentence's date.
 * Reads the document's sentences and the leader relations found in it; returns the new relations.
 */
final class Successions {
  private Successions() {}

  /** Between predecessor and successor: "was succeeded by", "and was replaced by". */
  private static final Pattern SUCCEEDED_BY =
      Pattern.compile(
          "^\\s*,?\\s+[^;:]{0,110}?\\b(?:was|were|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?"
              + "(?:succeeded|replaced)\\s+(?:as\\s+\\p{Ll}+\\s+)?by\\s+(?:\\p{Ll}+\\s+){0,3}$");

  /** Between successor and predecessor: "succeeded", ", who replaced". */
  private static final Pattern SUCCEEDED =
      Pattern.compile(
          "^\\s*,?\\s+(?:[^;:]{0,60}?,\\s+)?(?:who\\s+)?(?:\\p{Ll}+\\s+)?(?:succeeded|replaced)\\s+"
              + "(?:his\\s+\\p{Ll}+\\s+)?$");

  /** After the successor: "was named as his successor". */
  private static final Pattern NAMED_SUCCESSOR =
      Pattern.compile(
          "^\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:named|appointed|chosen|elected|announced)"
              + "\\s+(?:as\\s+)?(?:his|her)\\s+successor");

  static List<Relation> apply(List<SentenceMentions> document, List<Relation> found) {
    List<Relation> out = new ArrayList<>();
    for (SentenceMentions sm : document) {
      String text = sm.sentence().text();
      int base = sm.sentence().span().start();
      List<ActorMention> persons =
          sm.all(ActorMention.class).stream().filter(a -> a.type() == ActorType.PERSON).toList();
      for (int i = 0; i < persons.size(); i++) {
        ActorMention p = persons.get(i);
        String after = text.substring(p.span().end() - base);
        if (i > 0 && NAMED_SUCCESSOR.matcher(after).find()) {
          succeed(sm, persons.get(i - 1).name(), p.name(), found, out);
        }
        if (i + 1 < persons.size()) {
          ActorMention q = persons.get(i + 1);
          String between = text.substring(p.span().end() - base, q.span().start() - base);
          if (p.name().equals(q.name())) {
            continue;
          }
          if (SUCCEEDED_BY.matcher(between).find()) {
            succeed(sm, p.name(), q.name(), found, out);
          } else if (SUCCEEDED.matcher(between).find()) {
            succeed(sm, q.name(), p.name(), found, out);
          }
        }
      }
    }
    return out;
  }

  private static void succeed(
      SentenceMentions sm,
      String predecessor,
      String successor,
      List<Relation> found,
      List<Relation> out) {
    Optional<When> date = RelationDates.nearest(sm, sm.sentence().span());
    for (Relation r : found) {
      if (r.predicate() == Predicate.LEADER_OF && r.subject().equals(predecessor)) {
        out.add(
            new Relation(
                successor,
                Predicate.LEADER_OF,
                r.object(),
                date,
                r.role()
                    .filter(x -> !x.matches("(?i).*\\bfounders?$"))
                    .or(() -> Optional.of("leader")),
                List.of(PatternRelationExtractor.ref(sm.sentence()))));
      }
    }
  }
}
