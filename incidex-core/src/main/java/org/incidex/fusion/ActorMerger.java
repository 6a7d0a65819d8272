package org.incidex.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Evidence;
import org.incidex.model.LinkBasis;
import org.incidex.model.NameLink;
import org.incidex.model.Problem;

/**
 * Merges per-document actors into one actor per real actor, and says why. Two actors that share a
 * name ({@link NameKeys#identity}) are one ({@link LinkBasis#SHARED_NAME}, via that name). An actor
 * whose names point at two different actors is conflicting evidence: it joins the one its own
 * canonical name points at (else the first), the names shared with the other are dropped from it,
 * and a problem says so. A person known only by a surname ({@code Baghdadi}) joins the one person
 * whose full name ends with it ({@link LinkBasis#SHORT_NAME}); with two candidates it joins none.
 */
final class ActorMerger {

  Merged merge(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> owner = new HashMap<>();
    for (Actor a : actors) {
      Map<Integer, String> hits = new LinkedHashMap<>();
      for (String n : a.names()) {
        Integer o = owner.get(NameKeys.identity(n));
        if (o != null) {
          hits.putIfAbsent(o, n);
        }
      }
      int target;
      if (hits.isEmpty()) {
        out.add(a);
        target = out.size() - 1;
      } else {
        Integer own = owner.get(NameKeys.identity(a.name()));
        target = own != null ? own : hits.keySet().iterator().next();
        Actor incoming = a;
        for (Map.Entry<Integer, String> h : hits.entrySet()) {
          if (h.getKey() != target) {
            incoming = without(incoming, h.getValue());
            problems.add(conflict(a, h.getValue(), out.get(h.getKey()), out.get(target)));
          }
        }
        NameLink link =
            new NameLink(incoming.name(), LinkBasis.SHARED_NAME, hits.get(target), first(incoming));
        out.set(target, combine(out.get(target), incoming, link));
      }
      for (String n : out.get(target).names()) {
        owner.putIfAbsent(NameKeys.identity(n), target);
      }
    }
    return surnames(out, problems);
  }

  /** Persons named by one word join the one person whose full name ends with that word. */
  private static Merged surnames(List<Actor> actors, List<Problem> problems) {
    List<Actor> out = new ArrayList<>(actors);
    for (int i = 0; i < out.size(); i++) {
      Actor p = out.get(i);
      Optional<String> surname = loneSurname(p);
      if (surname.isEmpty()) {
        continue;
      }
      List<Integer> fulls = new ArrayList<>();
      for (int j = 0; j < out.size(); j++) {
        if (j != i && endsWith(out.get(j), surname.get())) {
          fulls.add(j);
        }
      }
      if (fulls.size() == 1) {
        int j = fulls.get(0);
        Actor full = out.get(j);
        NameLink link = new NameLink(p.name(), LinkBasis.SHORT_NAME, full.name(), first(p));
        out.set(j, combine(full, p, link));
        out.remove(i);
        i--;
      } else if (fulls.size() > 1) {
        problems.add(
            new Problem(
                first(p).map(Evidence::docId).orElse("combined"),
                first(p).map(Evidence::span),
                "\""
                    + p.name()
                    + "\" could be "
                    + fulls.stream().map(j -> "\"" + out.get(j).name() + "\"").toList()
                    + "; kept apart (an analyst can merge it)",
                false));
      }
    }
    return new Merged(out, problems);
  }

  /** The bare surname of a person all of whose names are one word ({@code al-Baghdadi}). */
  private static Optional<String> loneSurname(Actor p) {
    if (p.type() != ActorType.PERSON) {
      return Optional.empty();
    }
    for (String n : p.names()) {
      if (n.strip().contains(" ")) {
        return Optional.empty();
      }
    }
    String bare = bare(p.name());
    return bare.length() >= 4 ? Optional.of(bare) : Optional.empty();
  }

  private static boolean endsWith(Actor full, String surname) {
    if (full.type() != ActorType.PERSON) {
      return false;
    }
    for (String n : full.names()) {
      String[] words = n.strip().split("\\s+");
      if (words.length >= 2 && bare(words[words.length - 1]).equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /** "al-Baghdadi" and "Baghdadi" agree: the article and punctuation aside, lower case. */
  static String bare(String word) {
    return NameKeys.identity(
            word.strip().replaceFirst("^(?i:al|el|ad|an|ar|as|ash|at|az)[-‐‑–\\s]", ""))
        .toLowerCase(Locale.ROOT);
  }

  private static Problem conflict(Actor a, String name, Actor other, Actor kept) {
    Optional<Evidence> at = first(a);
    return new Problem(
        at.map(Evidence::docId).orElse("combined"),
        at.map(Evidence::span),
        "\""
            + a.name()
            + "\" shares \""
            + name
            + "\" with \""
            + other.name()
            + "\" but is merged into \""
            + kept.name()
            + "\"; \""
            + name
            + "\" left with \""
            + other.name()
            + "\" (an analyst can merge or split)",
        false);
  }

  /** The actor without one of its aliases (any spelling of it). */
  static Actor without(Actor a, String name) {
    String key = NameKeys.identity(name);
    List<String> aliases =
        a.aliases().stream().filter(x -> !NameKeys.identity(x).equals(key)).toList();
    List<NameLink> links =
        a.links().stream().filter(l -> !NameKeys.identity(l.name()).equals(key)).toList();
    return new Actor(a.name(), a.type(), a.armedGroup(), aliases, a.evidence(), links);
  }

  /** {@code b} merged into {@code a}: a's name, both alias sets, both evidence lists, why. */
  static Actor combine(Actor a, Actor b, NameLink link) {
    String own = NameKeys.surface(a.name());
    Map<String, String> aliases = new LinkedHashMap<>();
    for (String n : a.aliases()) {
      aliases.putIfAbsent(NameKeys.surface(n), n);
    }
    List<NameLink> links = new ArrayList<>(a.links());
    Set<String> linked = new LinkedHashSet<>();
    links.forEach(l -> linked.add(NameKeys.surface(l.name())));
    for (String n : b.names()) {
      String s = NameKeys.surface(n);
      if (!s.equals(own)) {
        aliases.putIfAbsent(s, n);
      }
    }
    if (!NameKeys.surface(link.name()).equals(own) && linked.add(NameKeys.surface(link.name()))) {
      links.add(link);
    }
    for (NameLink l : b.links()) {
      String s = NameKeys.surface(l.name());
      if (!s.equals(own) && linked.add(s)) {
        links.add(l);
      }
    }
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.addAll(b.evidence());
    return new Actor(
        a.name(),
        a.type(),
        a.armedGroup() || b.armedGroup(),
        List.copyOf(aliases.values()),
        evidence,
        links);
  }

  static Optional<Evidence> first(Actor a) {
    return a.evidence().stream().findFirst();
  }
}
