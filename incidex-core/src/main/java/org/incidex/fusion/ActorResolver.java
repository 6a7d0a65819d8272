package org.incidex.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AliasMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Evidence;

/**
 * Stage: the actors a document names, each once under its canonical name with every other name the
 * text used for it ({@link #actorsOf}); then one actor per real actor across documents ({@link
 * #merge}): actors sharing a name (canonical or alias) are one. Descriptions ({@code the group})
 * are not names and never become aliases.
 */
public final class ActorResolver {

  public List<Actor> actorsOf(String docId, List<SentenceMentions> resolved) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, String> aliasOf = new HashMap<>();
    for (SentenceMentions sm : resolved) {
      for (AliasMention a : sm.all(AliasMention.class)) {
        aliasOf.put(ActorLexicon.key(a.alias()), a.name());
      }
    }
    for (SentenceMentions sm : resolved) {
      for (ActorMention m : sm.all(ActorMention.class)) {
        String name = m.name();
        String viaAlias = aliasOf.get(ActorLexicon.key(name));
        if (viaAlias != null && m.canonical().isEmpty()) {
          name = viaAlias;
        }
        Group g = groups.computeIfAbsent(ActorLexicon.key(name), k -> new Group());
        g.add(name, m, docId);
      }
    }
    List<Actor> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(g.actor());
    }
    return out;
  }

  /** One actor per set of actors sharing a name, in order of first appearance. */
  public List<Actor> merge(List<Actor> actors) {
    Map<String, Integer> owner = new HashMap<>();
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      Integer target = null;
      for (String n : names(a)) {
        Integer o = owner.get(ActorLexicon.key(n));
        if (o != null) {
          target = o;
          break;
        }
      }
      if (target == null) {
        out.add(a);
        target = out.size() - 1;
      } else {
        out.set(target, combine(out.get(target), a));
      }
      for (String n : names(out.get(target))) {
        owner.putIfAbsent(ActorLexicon.key(n), target);
      }
    }
    return out;
  }

  private static List<String> names(Actor a) {
    List<String> out = new ArrayList<>();
    out.add(a.name());
    out.addAll(a.aliases());
    return out;
  }

  private static Actor combine(Actor a, Actor b) {
    Set<String> aliases = new LinkedHashSet<>(a.aliases());
    for (String n : names(b)) {
      if (!ActorLexicon.key(n).equals(ActorLexicon.key(a.name()))
          && aliases.stream().noneMatch(x -> ActorLexicon.key(x).equals(ActorLexicon.key(n)))) {
        aliases.add(n);
      }
    }
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.addAll(b.evidence());
    return new Actor(
        a.name(), a.type(), a.armedGroup() || b.armedGroup(), List.copyOf(aliases), evidence);
  }

  /** The mentions of one actor within a document. */
  private static final class Group {
    private String canonical;
    private ActorType type;
    private boolean armed;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();

    void add(String name, ActorMention m, String docId) {
      if (canonical == null || name.length() > canonical.length() && m.canonical().isEmpty()) {
        canonical = name;
      }
      if (type == null) {
        type = m.type();
      }
      armed |= m.actorClass() == ActorClass.ARMED_GROUP;
      if (!m.anaphoric()) {
        aliases.putIfAbsent(ActorLexicon.key(m.text()), m.text());
      }
      evidence.add(new Evidence(docId, m.span()));
    }

    Actor actor() {
      String key = ActorLexicon.key(canonical);
      List<String> others = new ArrayList<>();
      for (Map.Entry<String, String> e : aliases.entrySet()) {
        if (!e.getKey().equals(key)) {
          others.add(e.getValue());
        }
      }
      return new Actor(canonical, type, armed, others, evidence);
    }
  }
}
