package org.incidex.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.fusion.ActorDecision;
import org.incidex.fusion.ActorResolver;
import org.incidex.fusion.IncidentMerger;
import org.incidex.fusion.Merged;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Problem;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;

/**
 * Stage: combines per-document results into one view (no models needed, so a store's results
 * combine without loading the analyser): actors merged across documents, every actor name in
 * incidents and relations replaced by its canonical name, incidents merged across documents, equal
 * relations listed once with all their sentences. Analysts' decisions apply to the actors before
 * names are replaced, so a merge renames the merged actor's names everywhere. Actors are kept when
 * they are armed groups or take part in an incident or relation.
 */
public final class Combiner {
  private final ActorResolver resolver = new ActorResolver();
  private final IncidentMerger merger = new IncidentMerger();

  public ExtractionResult combine(List<DocumentResult> documents) {
    return combine(documents, List.of());
  }

  public ExtractionResult combine(List<DocumentResult> documents, List<ActorDecision> decisions) {
    List<Actor> all = new ArrayList<>();
    List<Incident> incidents = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (DocumentResult d : documents) {
      all.addAll(d.actors());
      incidents.addAll(d.incidents());
      relations.addAll(d.relations());
      problems.addAll(d.problems());
    }
    Merged resolved = resolver.merge(all, decisions);
    problems.addAll(resolved.problems());
    List<Actor> actors = resolved.actors();
    Map<String, String> canonical = new HashMap<>();
    for (Actor a : actors) {
      canonical.putIfAbsent(ActorLexicon.key(a.name()), a.name());
      for (String alias : a.aliases()) {
        canonical.putIfAbsent(ActorLexicon.key(alias), a.name());
      }
    }
    List<Incident> named = new ArrayList<>();
    for (Incident i : incidents) {
      named.add(
          i.withActors(rename(i.perpetrators(), canonical), rename(i.suspected(), canonical)));
    }
    List<Incident> merged = uniqueIds(merger.merge(named));
    List<Relation> stated = dedupe(relations, canonical);
    Set<String> used = new LinkedHashSet<>();
    merged.forEach(i -> i.perpetrators().forEach(p -> used.add(p.value())));
    stated.forEach(
        r -> {
          used.add(r.subject());
          used.add(r.object());
        });
    List<Actor> kept =
        actors.stream().filter(a -> a.armedGroup() || used.contains(a.name())).toList();
    return new ExtractionResult(documents, merged, kept, stated, problems, decisions);
  }

  /** Ids unique within the view: a second {@code kabul-bombing} becomes {@code kabul-bombing-2}. */
  static List<Incident> uniqueIds(List<Incident> incidents) {
    Map<String, Integer> used = new HashMap<>();
    List<Incident> out = new ArrayList<>();
    for (Incident i : incidents) {
      int n = used.merge(i.id(), 1, Integer::sum);
      String id = i.id();
      while (n > 1 && used.containsKey(id + "-" + n)) {
        n++;
      }
      if (n > 1) {
        id = id + "-" + n;
        used.put(id, 1);
      }
      out.add(n == 1 ? i : i.withId(id));
    }
    return out;
  }

  private static List<Sourced<String>> rename(
      List<Sourced<String>> names, Map<String, String> canonical) {
    List<Sourced<String>> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Sourced<String> s : names) {
      String name = canonical.getOrDefault(ActorLexicon.key(s.value()), s.value());
      if (seen.add(name)) {
        out.add(new Sourced<>(name, s.from()));
      }
    }
    return out;
  }

  /** Of two roles, the more telling: "commander" or "emir of Kunar" over a bare "leader". */
  static Optional<String> betterRole(Optional<String> a, Optional<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    boolean generic = a.get().equalsIgnoreCase("leader") || a.get().equalsIgnoreCase("head");
    return generic && b.isPresent() ? b : a;
  }

  private static List<Relation> dedupe(List<Relation> relations, Map<String, String> canonical) {
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Relation r : relations) {
      String subject = canonical.getOrDefault(ActorLexicon.key(r.subject()), r.subject());
      String object = canonical.getOrDefault(ActorLexicon.key(r.object()), r.object());
      String key = subject + "\u0000" + r.predicate() + "\u0000" + object;
      Relation prior = out.get(key);
      if (prior == null) {
        out.put(
            key, new Relation(subject, r.predicate(), object, r.date(), r.role(), r.mentions()));
      } else {
        List<SentenceRef> mentions = new ArrayList<>(new LinkedHashSet<>(prior.mentions()));
        r.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
        out.put(
            key,
            new Relation(
                subject,
                r.predicate(),
                object,
                prior.date().or(r::date),
                betterRole(prior.role(), r.role()),
                mentions));
      }
    }
    return List.copyOf(out.values());
  }
}
