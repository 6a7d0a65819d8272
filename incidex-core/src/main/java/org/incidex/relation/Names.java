package org.incidex.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.model.ActorType;

/**
 * The actor names one document uses: what each written name stands for, and the sort of each
 * canonical name (type and class, the strongest seen: armed group, then state, then person, then
 * other). Falls back on a lookup outside the document (the lexicon) for names the document only
 * uses inside longer ones ({@code IS} in {@code the IS branch in Afghanistan}).
 */
final class Names {
  private final Map<String, String> canonical = new LinkedHashMap<>();
  private final Map<String, Sort> sorts = new LinkedHashMap<>();
  private final Function<String, Optional<String>> outside;

  /** The sort of an actor. */
  record Sort(ActorType type, ActorClass actorClass) {}

  Names(List<SentenceMentions> document, Function<String, Optional<String>> outside) {
    this.outside = outside;
    for (SentenceMentions sm : document) {
      for (ActorMention a : sm.all(ActorMention.class)) {
        if (!a.anaphoric()) {
          canonical.putIfAbsent(ActorLexicon.key(a.text()), a.name());
        }
        canonical.putIfAbsent(ActorLexicon.key(a.name()), a.name());
        Sort now = new Sort(a.type(), a.actorClass());
        sorts.merge(a.name(), now, (x, y) -> rank(y) > rank(x) ? y : x);
      }
    }
  }

  /** What a written name stands for in this document (or, failing that, outside it). */
  Optional<String> canonical(String written) {
    String k = ActorLexicon.key(written);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(canonical.get(k)).or(() -> outside.apply(written));
  }

  /** The sort of a canonical name, if the document named it. */
  Optional<Sort> sort(String name) {
    return Optional.ofNullable(sorts.get(name));
  }

  /** The group whose name this one extends by a place: {@code al-Nusra Front in Lebanon}. */
  Optional<String> namesakeOf(String name) {
    int cut = Math.max(name.lastIndexOf(" in "), name.lastIndexOf(" of "));
    if (cut <= 0) {
      return Optional.empty();
    }
    return canonical(name.substring(0, cut)).filter(n -> !n.equals(name));
  }

  private static int rank(Sort s) {
    if (s.actorClass() == ActorClass.ARMED_GROUP) {
      return 3;
    }
    if (s.actorClass() == ActorClass.STATE) {
      return 2;
    }
    return s.type() == ActorType.PERSON ? 1 : 0;
  }
}
