package org.incidex.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AliasMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Evidence;
import org.incidex.model.LinkBasis;
import org.incidex.model.NameLink;

/**
 * Stage: the actors a document names, each once under its canonical name with every other name the
 * text used for it and why each belongs ({@link #actorsOf}); then one actor per real actor across
 * documents, corrected by analysts' decisions ({@link #merge(List, List)}). Descriptions ({@code
 * the group}) are not names and never become aliases. Reads resolved sentence mentions (document
 * offsets); evidence and links keep those offsets.
 */
public final class ActorResolver {

  public List<Actor> actorsOf(String docId, List<SentenceMentions> resolved) {
    Map<String, AliasMention> aliasOf = new HashMap<>();
    for (SentenceMentions sm : resolved) {
      for (AliasMention a : sm.all(AliasMention.class)) {
        aliasOf.putIfAbsent(NameKeys.identity(a.alias()), a);
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (SentenceMentions sm : resolved) {
      for (ActorMention m : sm.all(ActorMention.class)) {
        String name = m.name();
        LinkBasis basis = m.basis();
        Evidence where = new Evidence(docId, m.span());
        AliasMention alias = aliasOf.get(NameKeys.identity(name));
        if (alias != null && m.canonical().isEmpty()) {
          name = alias.name();
          basis = LinkBasis.TEXT_ALIAS;
          where = new Evidence(docId, alias.span());
        }
        groups
            .computeIfAbsent(NameKeys.identity(name), k -> new Group())
            .add(name, m, new Evidence(docId, m.span()), basis, where, isName(m, sm));
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
    return merge(actors, List.of()).actors();
  }

  /**
   * One actor per real actor: actors sharing a name merge (a name that would join two different
   * actors joins neither and is reported), a person's lone surname joins the one full name it ends;
   * then each decision applies, oldest first.
   */
  public Merged merge(List<Actor> actors, List<ActorDecision> decisions) {
    Merged automatic = new ActorMerger().merge(actors);
    return ActorDecisions.apply(automatic, decisions);
  }

  /**
   * Whether the words name the actor rather than count some of its people ("five Kenyan soldiers",
   * "US officials") or stand as half of a coordination ("the Ugandan and Burundian nations").
   */
  private static boolean isName(ActorMention m, SentenceMentions sm) {
    String t = m.text().strip();
    if (m.basis() == LinkBasis.NATIONALITY && !t.contains(" ")) {
      return false;
    }
    if (!PEOPLE.matcher(t).find()) {
      return true;
    }
    String before =
        sm.sentence().text().substring(0, m.span().start() - sm.sentence().span().start());
    return !COUNTED.matcher(before).find() && !t.matches("(?i).*\\s(?:officials|nations|people)$");
  }

  /** A number or quantity right before a plural: the words count people. */
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?i)(?:\\b\\d[\\d,]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|dozens|hundreds|thousands|several|some|many|few|all|other)(?:\\s+of)?)\\s+(?:\\p{Ll}+\\s+)?$");

  /** Plural nouns for people, which refer to some of an actor's members without naming it. */
  private static final Pattern PEOPLE =
      Pattern.compile(
          "(?i)\\s(?:soldiers|troops|officials|members|fighters|militants|personnel|nations|people"
              + "|men|officers|agents|diplomats)$");

  /** The mentions of one actor within a document. */
  private static final class Group {
    private String canonical;
    private ActorType type;
    private boolean armed;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, NameLink> links = new LinkedHashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();

    void add(
        String name,
        ActorMention m,
        Evidence at,
        LinkBasis basis,
        Evidence linkedAt,
        boolean alias) {
      if (canonical == null || name.length() > canonical.length() && m.canonical().isEmpty()) {
        canonical = name;
      }
      if (type == null) {
        type = m.type();
      }
      armed |= m.actorClass() == ActorClass.ARMED_GROUP;
      if (!m.anaphoric() && alias) {
        String surface = NameKeys.surface(m.text());
        aliases.putIfAbsent(surface, m.text());
        links.putIfAbsent(surface, new NameLink(m.text(), basis, m.name(), Optional.of(linkedAt)));
      }
      evidence.add(at);
    }

    Actor actor() {
      String key = NameKeys.surface(canonical);
      List<String> others = new ArrayList<>();
      List<NameLink> why = new ArrayList<>();
      for (Map.Entry<String, String> e : aliases.entrySet()) {
        if (!e.getKey().equals(key)) {
          others.add(e.getValue());
          NameLink l = links.get(e.getKey());
          LinkBasis basis = l.basis() == LinkBasis.AS_WRITTEN ? LinkBasis.SAME_NAME : l.basis();
          why.add(new NameLink(l.name(), basis, canonical, l.evidence()));
        }
      }
      return new Actor(canonical, type, armed, others, evidence, why);
    }
  }
}
