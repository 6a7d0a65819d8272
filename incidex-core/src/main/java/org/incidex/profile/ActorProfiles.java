package org.incidex.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.pipeline.ExtractionResult;

/**
 * Builds profiles and the actor list from a combined view. Any name of an actor finds it (its
 * canonical name or an alias, with case, dashes, apostrophes and spaces ignored: {@code isis-k},
 * {@code ISIS–K}); a name no actor carries finds nothing. Relations and incidents already use
 * canonical names (the view's {@code Combiner} replaced aliases), so facts are gathered by name.
 */
public final class ActorProfiles {
  private final ExtractionResult view;

  public ActorProfiles(ExtractionResult view) {
    this.view = view;
  }

  /** The actor one of whose names is {@code name}. */
  public Optional<Actor> find(String name) {
    String key = ActorLexicon.key(name);
    for (Actor a : view.actors()) {
      if (ActorLexicon.key(a.name()).equals(key)) {
        return Optional.of(a);
      }
    }
    for (Actor a : view.actors()) {
      if (a.aliases().stream().anyMatch(x -> ActorLexicon.key(x).equals(key))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Actors whose names contain {@code text} (for "did you mean"), at most {@code limit}. */
  public List<Actor> near(String text, int limit) {
    String key = ActorLexicon.key(text);
    return view.actors().stream()
        .filter(a -> a.names().stream().anyMatch(n -> ActorLexicon.key(n).contains(key)))
        .limit(limit)
        .toList();
  }

  public Optional<ActorProfile> profile(String name) {
    return find(name).map(this::profile);
  }

  public ActorProfile profile(Actor a) {
    String n = a.name();
    List<Relation> parents = new ArrayList<>();
    List<Relation> branches = new ArrayList<>();
    List<Relation> leaders = new ArrayList<>();
    List<Relation> members = new ArrayList<>();
    List<Relation> allegiances = new ArrayList<>();
    List<Relation> funding = new ArrayList<>();
    List<Relation> posts = new ArrayList<>();
    List<Relation> other = new ArrayList<>();
    for (Relation r : view.relations()) {
      boolean subject = r.subject().equals(n);
      boolean object = r.object().equals(n);
      if (!subject && !object) {
        continue;
      }
      Predicate p = r.predicate();
      if (p == Predicate.BRANCH_OF) {
        (subject ? parents : branches).add(r);
      } else if ((p == Predicate.LEADER_OF || p == Predicate.DEPUTY_OF) && object) {
        leaders.add(r);
      } else if (p == Predicate.MEMBER_OF && object) {
        members.add(r);
      } else if (p == Predicate.ALLEGIANCE_TO) {
        allegiances.add(r);
      } else if (p == Predicate.FUNDED_BY && subject) {
        funding.add(r);
      } else if (subject
          && (p == Predicate.LEADER_OF || p == Predicate.DEPUTY_OF || p == Predicate.MEMBER_OF)) {
        posts.add(r);
      } else {
        other.add(r);
      }
    }
    leaders.sort(BY_TENURE);
    posts.sort(BY_TENURE);
    return new ActorProfile(
        a, parents, branches, leaders, members, allegiances, funding, posts, other, record(n));
  }

  /** Every actor with its counts: most incidents first, then most relations, then by name. */
  public List<ActorSummary> summaries() {
    List<ActorSummary> out = new ArrayList<>();
    for (Actor a : view.actors()) {
      long relations =
          view.relations().stream()
              .filter(r -> r.subject().equals(a.name()) || r.object().equals(a.name()))
              .count();
      out.add(new ActorSummary(a, (int) relations, record(a.name())));
    }
    out.sort(
        Comparator.comparingInt((ActorSummary s) -> -s.incidents().count())
            .thenComparingInt(s -> -s.relations())
            .thenComparing(s -> s.actor().name()));
    return out;
  }

  private IncidentRecord record(String name) {
    List<Incident> mine =
        view.incidents().stream()
            .filter(i -> i.perpetrators().stream().anyMatch(p -> p.value().equals(name)))
            .toList();
    return IncidentRecord.of(mine);
  }

  /** Earliest tenure first; undated relations after the dated ones, in the order found. */
  static final Comparator<Relation> BY_TENURE =
      Comparator.comparing(
          (Relation r) -> r.date().map(w -> w.start().first()).orElse(java.time.LocalDate.MAX));
}
