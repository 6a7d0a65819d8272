package org.incidex.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.incidex.export.SpecNames;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.LinkBasis;
import org.incidex.model.Location;
import org.incidex.model.NameLink;
import org.incidex.model.Precision;
import org.incidex.model.Predicate;
import org.incidex.model.Problem;
import org.incidex.model.Qualifier;
import org.incidex.model.Relation;
import org.incidex.model.Role;
import org.incidex.model.RoleFiller;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;
import org.incidex.model.WherePrecision;
import org.incidex.pipeline.DocumentResult;
import org.incidex.text.Document;
import org.incidex.text.Span;

/**
 * Reads the {@value ResultCodec#FORMAT} JSON that {@link ResultJsonWriter} writes. A missing
 * required field or an unknown enum spelling throws, naming the field.
 */
final class ResultJsonReader {

  DocumentResult read(Document document, JsonNode root) {
    return new DocumentResult(
        document,
        List.of(),
        List.of(),
        list(root, "incidents", this::incident),
        list(root, "actors", this::actor),
        list(root, "relations", this::relation),
        list(root, "problems", this::problem));
  }

  private Incident incident(JsonNode n) {
    return new Incident(
        text(n, "id"),
        SpecNames.parse(Kind.class, text(n, "kind")),
        sourcedEnum(required(n, "type"), IncidentType.class),
        nullable(n, "date").map(d -> new Sourced<>(when(required(d, "value")), from(d))),
        location(required(n, "location")),
        nullable(n, "location_evidence").map(this::evidence),
        list(n, "perpetrators", this::name),
        list(n, "suspected", this::name),
        list(n, "targets", t -> sourcedEnum(t, Target.class)),
        nullable(n, "killed").map(this::count),
        nullable(n, "wounded").map(this::count),
        nullable(n, "casualties").map(this::count),
        nullable(n, "suicide").map(s -> new Sourced<>(required(s, "value").asBoolean(), from(s))),
        list(n, "mentions", this::mention),
        list(n, "notes", JsonNode::asText),
        n.has("roles") ? list(n, "roles", this::role) : List.of());
  }

  private Actor actor(JsonNode n) {
    return new Actor(
        text(n, "name"),
        SpecNames.parse(ActorType.class, text(n, "type")),
        required(n, "armed_group").asBoolean(),
        list(n, "aliases", JsonNode::asText),
        list(n, "evidence", this::evidence),
        n.has("links") ? list(n, "links", this::link) : List.of());
  }

  private NameLink link(JsonNode n) {
    return new NameLink(
        text(n, "name"),
        SpecNames.parse(LinkBasis.class, text(n, "basis")),
        text(n, "via"),
        nullable(n, "evidence").map(this::evidence));
  }

  private Relation relation(JsonNode n) {
    return new Relation(
        text(n, "subject"),
        SpecNames.parse(Predicate.class, text(n, "predicate")),
        text(n, "object"),
        nullable(n, "date").map(this::when),
        nullable(n, "role").map(JsonNode::asText),
        list(n, "mentions", this::mention));
  }

  private Problem problem(JsonNode n) {
    return new Problem(
        text(n, "doc"),
        nullable(n, "at").map(this::span),
        text(n, "message"),
        required(n, "fatal").asBoolean());
  }

  private When when(JsonNode n) {
    return new When(dateValue(required(n, "start")), nullable(n, "end").map(this::dateValue));
  }

  private DateValue dateValue(JsonNode n) {
    return new DateValue(
        LocalDate.parse(text(n, "first")),
        LocalDate.parse(text(n, "last")),
        SpecNames.parse(Precision.class, text(n, "precision")));
  }

  private Location location(JsonNode n) {
    return new Location(
        nullable(n, "place").map(JsonNode::asText),
        nullable(n, "admin1").map(JsonNode::asText),
        nullable(n, "country").map(JsonNode::asText),
        nullable(n, "lat").map(JsonNode::asDouble),
        nullable(n, "lon").map(JsonNode::asDouble),
        nullable(n, "gazetteer_id").map(JsonNode::asText),
        nullable(n, "precision").map(p -> SpecNames.parse(WherePrecision.class, p.asText())));
  }

  /** A role filler; results stored before roles existed have none. */
  private Sourced<RoleFiller> role(JsonNode n) {
    return new Sourced<>(
        new RoleFiller(SpecNames.parse(Role.class, text(n, "role")), text(n, "text")), from(n));
  }

  private Sourced<String> name(JsonNode n) {
    return new Sourced<>(text(n, "value"), from(n));
  }

  private <E extends Enum<E>> Sourced<E> sourcedEnum(JsonNode n, Class<E> type) {
    return new Sourced<>(SpecNames.parse(type, text(n, "value")), from(n));
  }

  private Sourced<Count> count(JsonNode n) {
    JsonNode c = required(n, "value");
    return new Sourced<>(
        new Count(
            required(c, "value").asInt(), SpecNames.parse(Qualifier.class, text(c, "qualifier"))),
        from(n));
  }

  private SentenceRef mention(JsonNode n) {
    return new SentenceRef(text(n, "doc"), span(n), text(n, "text"));
  }

  private Evidence from(JsonNode n) {
    return evidence(required(n, "from"));
  }

  private Evidence evidence(JsonNode n) {
    return new Evidence(text(n, "doc"), span(n));
  }

  private Span span(JsonNode n) {
    return new Span(required(n, "start").asInt(), required(n, "end").asInt());
  }

  private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> element) {
    JsonNode array = required(n, field);
    if (!array.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" is not an array");
    }
    List<T> out = new ArrayList<>(array.size());
    array.forEach(e -> out.add(element.apply(e)));
    return out;
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return v;
  }

  private static Optional<JsonNode> nullable(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static String text(JsonNode n, String field) {
    return required(n, field).asText();
  }
}
