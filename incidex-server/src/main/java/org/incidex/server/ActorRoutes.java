package org.incidex.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.export.SpecNames;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Relation;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.profile.ActorProfile;
import org.incidex.profile.ActorProfiles;
import org.incidex.profile.ActorSummary;
import org.incidex.profile.IncidentRecord;

/**
 * {@code GET /api/actors} (what {@code incidex actors} lists) and {@code GET /api/actors/{id}}
 * (what {@code incidex actor} shows, as JSON). An actor's id is a slug of its canonical name
 * ({@code islamic-state-khorasan-province}); the profile route also takes any name or alias.
 */
final class ActorRoutes {
  private final Library library;

  ActorRoutes(Library library) {
    this.library = library;
  }

  void register(Javalin app) {
    app.get("/api/actors", this::list);
    app.get("/api/actors/{id}", this::profile);
  }

  private void list(Context ctx) {
    ExtractionResult view = library.view();
    Map<String, String> ids = ids(view.actors());
    ArrayNode items = Http.JSON.createArrayNode();
    for (ActorSummary s : new ActorProfiles(view).summaries()) {
      ObjectNode item = head(items.addObject(), s.actor(), ids);
      item.put("incidents", s.incidents().count());
      item.put("relations", s.relations());
      item.put("killed", s.incidents().killed());
    }
    ObjectNode body = Http.object();
    body.set("items", items);
    Http.json(ctx, body);
  }

  private void profile(Context ctx) {
    String wanted = ctx.pathParam("id");
    ExtractionResult view = library.view();
    Map<String, String> ids = ids(view.actors());
    ActorProfiles profiles = new ActorProfiles(view);
    Optional<Actor> actor =
        view.actors().stream()
            .filter(a -> ids.get(a.name()).equals(wanted))
            .findFirst()
            .or(() -> profiles.find(wanted));
    if (actor.isEmpty()) {
      throw ApiException.notFound("no actor with id or name '" + wanted + "'");
    }
    Http.json(ctx, profile(view, profiles.profile(actor.get()), ids));
  }

  private static ObjectNode profile(
      ExtractionResult view, ActorProfile p, Map<String, String> ids) {
    List<List<Relation>> groups =
        List.of(
            p.parents(),
            p.branches(),
            p.leaders(),
            p.members(),
            p.allegiances(),
            p.funding(),
            p.posts(),
            p.other());
    List<String> names =
        List.of(
            "parents",
            "branches",
            "leaders",
            "members",
            "allegiances",
            "funding",
            "posts",
            "other");
    List<Relation> all = new ArrayList<>();
    groups.forEach(all::addAll);
    IncidentRecord record = p.incidents();
    JsonNode tree = Interchange.of(view.documents(), record.incidents(), List.of(p.actor()), all);
    ObjectNode body = head(Http.object(), p.actor(), ids);
    body.set("name_links", tree.get("actors").get(0).get("name_links"));
    ObjectNode relations = body.putObject("relations");
    JsonNode written = tree.get("relations");
    int at = 0;
    for (int g = 0; g < groups.size(); g++) {
      ArrayNode group = relations.putArray(names.get(g));
      for (int k = 0; k < groups.get(g).size(); k++) {
        group.add(written.get(at++));
      }
    }
    ObjectNode incidents = body.putObject("incidents");
    incidents.put("count", record.count());
    incidents.put("killed", record.killed());
    incidents.put("undated", record.undated());
    incidents.put("first", record.first().flatMap(d -> d.iso()).orElse(null));
    incidents.put("last", record.last().flatMap(d -> d.iso()).orElse(null));
    incidents.set("items", tree.get("incidents"));
    return body;
  }

  private static ObjectNode head(ObjectNode node, Actor a, Map<String, String> ids) {
    node.put("id", ids.get(a.name()));
    node.put("name", a.name());
    node.put("type", SpecNames.of(a.type()));
    node.put("class", actorClass(a));
    ArrayNode aliases = node.putArray("aliases");
    a.aliases().forEach(aliases::add);
    return node;
  }

  /** What {@code incidex actors} shows in its type column: an armed group, or the type. */
  static String actorClass(Actor a) {
    if (a.armedGroup()) {
      return "armed_group";
    }
    return a.type() == ActorType.PERSON ? "person" : "organization";
  }

  /** Each actor's id: a slug of its name, made unique in the view's order ({@code -2}, …). */
  static Map<String, String> ids(List<Actor> actors) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Actor a : actors) {
      String base = slug(a.name());
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      ids.put(a.name(), id);
    }
    return ids;
  }

  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "actor" : slug;
  }
}
