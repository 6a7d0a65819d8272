package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AliasMention;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;
import org.incidex.text.Sentence;

/**
 * Names a document teaches: when it says {@code the Northern Mujahideen Front, also known as the
 * NMF}, both names are actor mentions wherever they occur in it, with the full name as canonical,
 * even where the entity recogniser missed them.
 */
final class LearnedNames {
  private LearnedNames() {}

  static List<SentenceMentions> apply(List<SentenceMentions> document) {
    Map<String, String> nameOf = new LinkedHashMap<>();
    Map<String, ActorClass> classOf = new LinkedHashMap<>();
    for (SentenceMentions sm : document) {
      for (AliasMention a : sm.all(AliasMention.class)) {
        nameOf.putIfAbsent(a.alias(), a.name());
        nameOf.putIfAbsent(a.name(), a.name());
      }
      for (ActorMention m : sm.all(ActorMention.class)) {
        classOf.putIfAbsent(ActorLexicon.key(m.text()), m.actorClass());
        classOf.putIfAbsent(ActorLexicon.key(m.name()), m.actorClass());
      }
    }
    if (nameOf.isEmpty()) {
      return document;
    }
    List<SentenceMentions> out = new ArrayList<>();
    for (SentenceMentions sm : document) {
      List<Mention> mentions = new ArrayList<>(sm.mentions());
      NameMatcher.Text prepared = NameMatcher.in(sm.sentence().text());
      for (Map.Entry<String, String> e : nameOf.entrySet()) {
        ActorClass cls =
            classOf.getOrDefault(
                ActorLexicon.key(e.getValue()),
                classOf.getOrDefault(
                    ActorLexicon.key(e.getKey()), OrganizationWords.classify(e.getValue())));
        if (cls == ActorClass.PERSON) {
          continue; // persons are resolved by their own rules
        }
        for (int[] at : prepared.find(e.getKey())) {
          if (free(mentions, sm.sentence(), at)) {
            mentions.add(
                new ActorMention(
                    sm.sentence().toDocument(at[0], at[1]),
                    e.getKey(),
                    Optional.of(e.getValue()),
                    ActorType.ORGANIZATION,
                    cls,
                    false,
                    LinkBasis.TEXT_ALIAS));
          }
        }
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      out.add(new SentenceMentions(sm.sentence(), mentions));
    }
    return out;
  }

  /** No actor mention covers any of these characters yet. */
  private static boolean free(List<Mention> mentions, Sentence sentence, int[] at) {
    int start = sentence.span().start() + at[0];
    int end = sentence.span().start() + at[1];
    for (Mention m : mentions) {
      if (m instanceof ActorMention && m.span().start() < end && start < m.span().end()) {
        return false;
      }
    }
    return true;
  }
}
