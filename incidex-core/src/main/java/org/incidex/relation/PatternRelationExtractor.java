package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Incident;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.text.Sentence;

/**
 * The standard relation extractor. Reads a document's sentences with their resolved mentions and
 * its incidents; returns the relations they state, under the names the document resolved, each with
 * its sentence. In order: the pair rules over every two names of a sentence ({@link PairMatcher}
 * with {@link PairRules}, {@link ViolenceRules} and {@link GroupRules}); the sentence-shape rules
 * ({@link SentenceRules}: roles in brackets, tenures, appointments, "respectively", funding; {@link
 * GroupStatements}: self-describing branches, "its branch", namesakes, mergers, renamings by
 * participle); and the victim rules ({@link VictimRule}: named persons killed in an attack its
 * perpetrators claimed). Relations between sorts of actor the guidelines do not relate are dropped
 * ({@link Admissible}); last, successors take their predecessors' posts ({@link Successions}).
 */
public final class PatternRelationExtractor implements RelationExtractor {
  private final PairMatcher pairs = new PairMatcher(rules());
  private final SentenceRules sentenceRules = new SentenceRules();
  private final Function<String, Optional<String>> outside;

  /** An extractor that knows only the names each document uses. */
  public PatternRelationExtractor() {
    this(name -> Optional.empty());
  }

  /**
   * An extractor that looks up names a document only uses inside longer ones ({@code IS} in {@code
   * the IS branch in Afghanistan}) with {@code outside} (the actor lexicon's canonical names).
   */
  public PatternRelationExtractor(Function<String, Optional<String>> outside) {
    this.outside = outside;
  }

  private static List<PairRule> rules() {
    List<PairRule> all = new ArrayList<>(PairRules.ALL);
    all.addAll(ViolenceRules.ALL);
    all.addAll(GroupRules.ALL);
    return all;
  }

  @Override
  public List<Relation> extract(List<SentenceMentions> document, List<Incident> incidents) {
    Names names = new Names(document, outside);
    GroupStatements groups = new GroupStatements(names);
    List<Relation> out = new ArrayList<>();
    Optional<ActorMention> lastGroup = Optional.empty();
    List<ActorMention> previous = List.of();
    for (SentenceMentions sm : document) {
      if (!sm.sentence().isBody()) {
        continue;
      }
      List<ActorMention> actors = sm.all(ActorMention.class);
      out.addAll(pairs.apply(sm));
      out.addAll(sentenceRules.apply(sm, actors, lastGroup));
      out.addAll(groups.apply(sm, actors, lastGroup, previous));
      for (ActorMention a : actors) {
        if (a.isArmedGroup()) {
          lastGroup = Optional.of(a);
        }
      }
      previous = actors;
    }
    out.addAll(VictimRule.apply(document, incidents));
    List<Relation> admitted = new ArrayList<>(Admissible.filter(out, names));
    for (int round = 0; round < 3; round++) {
      List<Relation> next =
          new ArrayList<>(Admissible.filter(Successions.apply(document, admitted), names));
      next.removeIf(admitted::contains);
      if (next.isEmpty()) {
        break;
      }
      admitted.addAll(next);
    }
    return admitted;
  }

  static SentenceRef ref(Sentence s) {
    return new SentenceRef(s.docId(), s.span(), s.text());
  }
}
