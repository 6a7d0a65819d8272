package org.incidex.query;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Location;
import org.incidex.model.Relation;
import org.incidex.model.Sourced;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.store.TextMatches;
import org.incidex.store.TextQuery;

/**
 * Narrows a database view ({@code pipeline.combine(store.load())}) to the incidents a query asks
 * for. Reads the combined view and returns a view of the same shape, ready for any exporter: the
 * incidents that pass, the documents they cite, the actors they name, and the relations of those
 * actors. Criteria:
 *
 * <ul>
 *   <li>{@code group}: a perpetrator is the actor that has this name or alias (compared without
 *       case, dashes or spaces: {@code ISIS-K} finds "Islamic State – Khorasan Province").
 *   <li>{@code country}: the ISO code, any case.
 *   <li>{@code since}/{@code until}: the incident's date interval (as precise as the text gave it)
 *       reaches into the range: an incident of "2021" is kept by {@code --since 2021-06}, since it
 *       may lie in it. An incident without a date is left out.
 *   <li>{@code near}: the incident's point is within the radius; one without a point is left out.
 *   <li>{@code text}: one of the incident's sentences matches (the store's full-text search).
 * </ul>
 */
public final class IncidentFilter {
  private final Function<TextQuery, TextMatches> search;

  /**
   * @param search the store's full-text search ({@code store::search}), asked only when a query has
   *     a {@code text} criterion
   */
  public IncidentFilter(Function<TextQuery, TextMatches> search) {
    this.search = search;
  }

  public ExtractionResult filter(ExtractionResult view, IncidentQuery query) {
    Predicate<Incident> test = test(view, query);
    List<Incident> incidents = view.incidents().stream().filter(test).toList();
    Set<String> named = new HashSet<>();
    for (Incident i : incidents) {
      i.perpetrators().forEach(p -> named.add(p.value()));
      i.suspected().forEach(s -> named.add(s.value()));
    }
    List<Actor> actors = view.actors().stream().filter(a -> named.contains(a.name())).toList();
    Set<String> kept = new HashSet<>();
    actors.forEach(a -> kept.add(a.name()));
    List<Relation> relations =
        view.relations().stream()
            .filter(r -> kept.contains(r.subject()) || kept.contains(r.object()))
            .toList();
    Set<String> cited = new LinkedHashSet<>();
    incidents.forEach(i -> i.mentions().forEach(m -> cited.add(m.docId())));
    relations.forEach(r -> r.mentions().forEach(m -> cited.add(m.docId())));
    List<DocumentResult> documents =
        view.documents().stream().filter(d -> cited.contains(d.document().id())).toList();
    return new ExtractionResult(
        documents,
        incidents,
        actors,
        relations,
        view.problems().stream().filter(p -> cited.contains(p.docId())).toList());
  }

  private Predicate<Incident> test(ExtractionResult view, IncidentQuery q) {
    Predicate<Incident> all = i -> true;
    if (q.group().isPresent()) {
      all = all.and(byGroup(view, q.group().get()));
    }
    if (q.country().isPresent()) {
      String iso = q.country().get().toUpperCase(Locale.ROOT);
      all = all.and(i -> i.location().country().map(c -> c.equalsIgnoreCase(iso)).orElse(false));
    }
    if (q.since().isPresent()) {
      all =
          all.and(
              i -> interval(i).map(d -> !d.last().isBefore(q.since().get().first())).orElse(false));
    }
    if (q.until().isPresent()) {
      all =
          all.and(
              i -> interval(i).map(d -> !d.first().isAfter(q.until().get().last())).orElse(false));
    }
    if (q.type().isPresent()) {
      all = all.and(i -> i.typeValue() == q.type().get());
    }
    if (q.kind().isPresent()) {
      all = all.and(i -> i.kind() == q.kind().get());
    }
    if (q.near().isPresent()) {
      Near near = q.near().get();
      all = all.and(i -> point(i.location()).map(near::contains).orElse(false));
    }
    if (q.text().isPresent()) {
      TextMatches matches = search.apply(q.text().get());
      all = all.and(i -> i.mentions().stream().anyMatch(matches::matches));
    }
    return all;
  }

  /** Incidents one of whose perpetrators is an actor known by {@code name}. */
  private static Predicate<Incident> byGroup(ExtractionResult view, String name) {
    String key = ActorLexicon.key(name);
    Set<String> keys = new HashSet<>();
    keys.add(key);
    for (Actor a : view.actors()) {
      boolean known =
          ActorLexicon.key(a.name()).equals(key)
              || a.aliases().stream().anyMatch(alias -> ActorLexicon.key(alias).equals(key));
      if (known) {
        keys.add(ActorLexicon.key(a.name()));
        a.aliases().forEach(alias -> keys.add(ActorLexicon.key(alias)));
      }
    }
    return i ->
        i.perpetrators().stream()
            .map(Sourced::value)
            .map(ActorLexicon::key)
            .anyMatch(keys::contains);
  }

  /** The days the incident's date can mean: from the first of its start to the last of its end. */
  private static Optional<DateSpan> interval(Incident i) {
    return i.date()
        .map(Sourced::value)
        .map(w -> new DateSpan(w.start().first(), w.end().orElse(w.start()).last()));
  }

  private record DateSpan(LocalDate first, LocalDate last) {}

  private static Optional<GeoPoint> point(Location l) {
    if (l.lat().isEmpty() || l.lon().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GeoPoint(l.lat().get(), l.lon().get()));
  }
}
