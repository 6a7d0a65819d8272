package org.incidex.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidex.model.Actor;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;
import org.incidex.pipeline.ExtractionResult;

/**
 * A result as a graph, ready to write: actors, incidents, and names that match no actor as nodes;
 * relations and attributions as edges. Node and edge ids are generated ({@code a1}, {@code i1},
 * {@code n1}, {@code e1}) since GraphML ids must be XML name tokens and ours may hold spaces.
 *
 * <p>A relation's subject or object, or an incident's perpetrator, is matched to an actor by its
 * canonical name or an alias, exactly and then ignoring case; a name that matches none (a funding
 * source such as {@code local taxation}) becomes a node of type {@code name}, one per distinct
 * name, so no edge points nowhere.
 */
final class ActorGraph {

  record Node(String id, Map<GraphKey, String> data) {
    Node {
      data = Map.copyOf(data);
    }
  }

  record Edge(
      String id, String source, String target, boolean directed, Map<GraphKey, String> data) {
    Edge {
      data = Map.copyOf(data);
    }
  }

  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, String> actorIds = new HashMap<>();
  private final Map<String, String> foldedActorIds = new HashMap<>();
  private final Map<String, String> nameIds = new LinkedHashMap<>();
  private final TextOf text;
  private int actorCount;
  private int nameCount;

  private ActorGraph(ExtractionResult result) {
    this.text = new TextOf(result);
  }

  static ActorGraph of(ExtractionResult result) {
    ActorGraph g = new ActorGraph(result);
    result.actors().forEach(g::addActor);
    List<Incident> incidents = result.incidents();
    for (int n = 0; n < incidents.size(); n++) {
      g.addIncident(incidents.get(n), "i" + (n + 1));
    }
    result.relations().forEach(g::addRelation);
    return g;
  }

  List<Node> nodes() {
    return List.copyOf(nodes);
  }

  List<Edge> edges() {
    return List.copyOf(edges);
  }

  private void addActor(Actor a) {
    String id = "a" + (++actorCount);
    Map<GraphKey, String> data = new EnumMap<>(GraphKey.class);
    label(data, a.name());
    data.put(GraphKey.NODE_TYPE, "actor");
    data.put(GraphKey.TYPE, SpecNames.of(a.type()));
    data.put(GraphKey.ALIASES, String.join("; ", a.aliases()));
    data.put(GraphKey.ARMED_GROUP, Boolean.toString(a.armedGroup()));
    data.put(GraphKey.DOCS, distinct(a.evidence().stream().map(Evidence::docId).toList()));
    nodes.add(new Node(id, data));
    actorIds.putIfAbsent(a.name(), id);
    foldedActorIds.putIfAbsent(fold(a.name()), id);
    for (String alias : a.aliases()) {
      actorIds.putIfAbsent(alias, id);
      foldedActorIds.putIfAbsent(fold(alias), id);
    }
  }

  private void addIncident(Incident i, String id) {
    Map<GraphKey, String> data = new EnumMap<>(GraphKey.class);
    Optional<When> when = i.date().map(Sourced::value);
    Optional<String> start = when.flatMap(w -> w.start().iso());
    Optional<String> place =
        i.location().place().or(i.location()::admin1).or(i.location()::country);
    String type = SpecNames.of(i.typeValue());
    label(
        data,
        String.join(
            ", ", Stream.of(Optional.of(type), place, start).flatMap(Optional::stream).toList()));
    data.put(GraphKey.NODE_TYPE, "incident");
    data.put(GraphKey.TYPE, type);
    data.put(GraphKey.INCIDEX_ID, i.id());
    data.put(GraphKey.KIND, SpecNames.of(i.kind()));
    start.ifPresent(s -> data.put(GraphKey.DATE_START, s));
    when.flatMap(When::end).flatMap(DateValue::iso).ifPresent(s -> data.put(GraphKey.DATE_END, s));
    i.location().place().ifPresent(s -> data.put(GraphKey.PLACE, s));
    i.location().country().ifPresent(s -> data.put(GraphKey.COUNTRY, s));
    i.location().lat().ifPresent(v -> data.put(GraphKey.LATITUDE, GtdColumns.decimal(v)));
    i.location().lon().ifPresent(v -> data.put(GraphKey.LONGITUDE, GtdColumns.decimal(v)));
    i.killed().ifPresent(k -> data.put(GraphKey.KILLED, Integer.toString(k.value().value())));
    i.wounded().ifPresent(k -> data.put(GraphKey.WOUNDED, Integer.toString(k.value().value())));
    data.put(GraphKey.DOCS, distinct(i.mentions().stream().map(SentenceRef::docId).toList()));
    nodes.add(new Node(id, data));
    for (Sourced<String> p : distinctNames(i.perpetrators())) {
      addAttribution(p, "perpetrator_of", i, id);
    }
    for (Sourced<String> s : distinctNames(i.suspected())) {
      addAttribution(s, "suspected_of", i, id);
    }
  }

  /** An actor's link to an incident: the sentence that names it, and the incident's dates. */
  private void addAttribution(Sourced<String> actor, String predicate, Incident i, String target) {
    Map<GraphKey, String> data = edgeData(predicate);
    Optional<When> when = i.date().map(Sourced::value);
    when.flatMap(w -> w.start().iso()).ifPresent(s -> data.put(GraphKey.EDGE_DATE_START, s));
    when.flatMap(When::end)
        .flatMap(DateValue::iso)
        .ifPresent(s -> data.put(GraphKey.EDGE_DATE_END, s));
    Evidence from = actor.from();
    data.put(GraphKey.EVIDENCE, sentenceOf(from, i.mentions()));
    data.put(GraphKey.EDGE_DOCS, from.docId());
    data.put(GraphKey.SPANS, span(from.docId(), from.span().start(), from.span().end()));
    edges.add(new Edge(nextEdgeId(), nodeFor(actor.value()), target, true, data));
  }

  private void addRelation(Relation r) {
    Map<GraphKey, String> data = edgeData(SpecNames.of(r.predicate()));
    r.date().flatMap(w -> w.start().iso()).ifPresent(s -> data.put(GraphKey.EDGE_DATE_START, s));
    r.date()
        .flatMap(When::end)
        .flatMap(DateValue::iso)
        .ifPresent(s -> data.put(GraphKey.EDGE_DATE_END, s));
    r.role().ifPresent(s -> data.put(GraphKey.ROLE, s));
    data.put(
        GraphKey.EVIDENCE,
        r.mentions().stream().map(SentenceRef::text).distinct().collect(Collectors.joining("\n")));
    data.put(GraphKey.EDGE_DOCS, distinct(r.mentions().stream().map(SentenceRef::docId).toList()));
    data.put(
        GraphKey.SPANS,
        r.mentions().stream()
            .map(m -> span(m.docId(), m.span().start(), m.span().end()))
            .collect(Collectors.joining("; ")));
    String source = nodeFor(r.subject());
    String target = nodeFor(r.object());
    edges.add(new Edge(nextEdgeId(), source, target, !r.predicate().isSymmetric(), data));
  }

  private static Map<GraphKey, String> edgeData(String predicate) {
    Map<GraphKey, String> data = new EnumMap<>(GraphKey.class);
    data.put(GraphKey.EDGE_LABEL, predicate);
    data.put(GraphKey.INTERACTION, predicate);
    data.put(GraphKey.PREDICATE, predicate);
    return data;
  }

  /** The actor node a name stands for, or the name's own node. */
  private String nodeFor(String name) {
    String id = actorIds.get(name);
    if (id == null) {
      id = foldedActorIds.get(fold(name));
    }
    if (id != null) {
      return id;
    }
    return nameIds.computeIfAbsent(
        name,
        n -> {
          String nameId = "n" + (++nameCount);
          Map<GraphKey, String> data = new EnumMap<>(GraphKey.class);
          label(data, n);
          data.put(GraphKey.NODE_TYPE, "name");
          nodes.add(new Node(nameId, data));
          return nameId;
        });
  }

  /** The incident's sentence that holds the evidence, else the evidence's own text. */
  private String sentenceOf(Evidence e, List<SentenceRef> mentions) {
    return mentions.stream()
        .filter(m -> m.docId().equals(e.docId()) && m.span().contains(e.span()))
        .map(SentenceRef::text)
        .findFirst()
        .orElseGet(() -> text.of(e));
  }

  private String nextEdgeId() {
    return "e" + (edges.size() + 1);
  }

  private static void label(Map<GraphKey, String> data, String label) {
    data.put(GraphKey.LABEL, label);
    data.put(GraphKey.NAME, label);
  }

  private static List<Sourced<String>> distinctNames(List<Sourced<String>> names) {
    Map<String, Sourced<String>> first = new LinkedHashMap<>();
    names.forEach(n -> first.putIfAbsent(n.value(), n));
    return List.copyOf(first.values());
  }

  private static String distinct(List<String> values) {
    return values.stream().filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
  }

  private static String span(String doc, int start, int end) {
    return doc + "@" + start + ".." + end;
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
