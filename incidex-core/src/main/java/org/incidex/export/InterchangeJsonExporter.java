package org.incidex.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.incidex.fusion.ActorDecision;
import org.incidex.model.Actor;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.NameLink;
import org.incidex.model.Relation;
import org.incidex.model.RoleFiller;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;

/**
 * The interchange JSON of {@code shared/spec/interchange.md} ({@code incidents/1}), field for
 * field, in the spec's order. Fields of our own, which the spec's readers ignore: {@code suspected}
 * (groups only suspected), {@code roles} (individual perpetrators, victims, physical targets and
 * weapons as written: {@code {"role": "weapon", "text": "car bomb"}}, only when there are any),
 * {@code notes}, {@code location.precision} and {@code location.gazetteer_id}, and {@code
 * evidence}: for each value, the span it came from with its text.
 */
public final class InterchangeJsonExporter implements Exporter {

  @Override
  public void write(ExtractionResult result, Writer out) throws IOException {
    TextOf text = new TextOf(result);
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("format", "incidents/1");
    g.writeArrayFieldStart("documents");
    for (DocumentResult d : result.documents()) {
      g.writeStartObject();
      g.writeStringField("id", d.document().id());
      g.writeStringField("title", d.document().title());
      g.writeStringField("source", d.document().source());
      if (d.document().published().isPresent()) {
        g.writeStringField("published", d.document().published().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("incidents");
    for (Incident i : result.incidents()) {
      incident(g, i, text);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actors");
    for (Actor a : result.actors()) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeStringField("type", SpecNames.of(a.type()));
      g.writeArrayFieldStart("aliases");
      for (String alias : a.aliases()) {
        g.writeString(alias);
      }
      g.writeEndArray();
      g.writeBooleanField("armed_group", a.armedGroup());
      g.writeArrayFieldStart("name_links");
      for (NameLink l : a.links()) {
        g.writeStartObject();
        g.writeStringField("name", l.name());
        g.writeStringField("basis", SpecNames.of(l.basis()));
        g.writeStringField("via", l.via());
        if (l.evidence().isPresent()) {
          g.writeFieldName("evidence");
          span(g, l.evidence().get(), text);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation r : result.relations()) {
      relation(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("decisions");
    for (ActorDecision d : result.decisions()) {
      g.writeStartObject();
      g.writeStringField("kind", SpecNames.of(d.kind()));
      g.writeStringField("actor", d.actor());
      g.writeStringField("other", d.other());
      g.writeStringField("analyst", d.analyst());
      optional(g, "note", d.note());
      g.writeStringField("decided_at", d.decidedAt().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void incident(JsonGenerator g, Incident i, TextOf text) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("kind", SpecNames.of(i.kind()));
    g.writeStringField("type", SpecNames.of(i.typeValue()));
    date(g, "date", i.date().map(Sourced::value));
    g.writeObjectFieldStart("location");
    optional(g, "place", i.location().place());
    optional(g, "admin1", i.location().admin1());
    optional(g, "country", i.location().country());
    number(g, "lat", i.location().lat());
    number(g, "lon", i.location().lon());
    optional(g, "gazetteer_id", i.location().gazetteerId());
    optional(g, "precision", i.location().precision().map(SpecNames::of));
    g.writeEndObject();
    g.writeArrayFieldStart("perpetrators");
    for (Sourced<String> p : i.perpetrators()) {
      g.writeString(p.value());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (var t : i.targets()) {
      g.writeString(SpecNames.of(t.value()));
    }
    g.writeEndArray();
    count(g, "killed", i.killed());
    count(g, "wounded", i.wounded());
    if (i.casualties().isPresent()) {
      count(g, "casualties", i.casualties());
    }
    if (i.suicide().isPresent()) {
      g.writeBooleanField("suicide", i.suicide().get().value());
    } else {
      g.writeNullField("suicide");
    }
    mentions(g, i.mentions());
    g.writeArrayFieldStart("suspected");
    for (Sourced<String> s : i.suspected()) {
      g.writeString(s.value());
    }
    g.writeEndArray();
    if (!i.roles().isEmpty()) {
      g.writeArrayFieldStart("roles");
      for (Sourced<RoleFiller> r : i.roles()) {
        g.writeStartObject();
        g.writeStringField("role", SpecNames.of(r.value().role()));
        g.writeStringField("text", r.value().text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!i.notes().isEmpty()) {
      g.writeStringField("note", String.join("; ", i.notes()));
    }
    g.writeObjectFieldStart("evidence");
    evidence(g, "type", Optional.of(i.type().from()), text);
    evidence(g, "date", i.date().map(Sourced::from), text);
    evidence(g, "location", i.locationEvidence(), text);
    evidenceList(g, "perpetrators", i.perpetrators().stream().map(Sourced::from).toList(), text);
    evidenceList(g, "suspected", i.suspected().stream().map(Sourced::from).toList(), text);
    evidenceList(g, "targets", i.targets().stream().map(Sourced::from).toList(), text);
    evidenceList(g, "roles", i.roles().stream().map(Sourced::from).toList(), text);
    evidence(g, "killed", i.killed().map(Sourced::from), text);
    evidence(g, "wounded", i.wounded().map(Sourced::from), text);
    evidence(g, "casualties", i.casualties().map(Sourced::from), text);
    evidence(g, "suicide", i.suicide().map(Sourced::from), text);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, Relation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("subject", r.subject());
    g.writeStringField("predicate", SpecNames.of(r.predicate()));
    g.writeStringField("object", r.object());
    relationDate(g, r.date());
    optional(g, "role", r.role());
    mentions(g, r.mentions());
    g.writeEndObject();
  }

  /** An incident's date is always an object; a relation's is null when the text gives none. */
  static void date(JsonGenerator g, String field, Optional<When> when) throws IOException {
    Optional<String> start = when.flatMap(w -> w.start().iso());
    Optional<String> end = when.flatMap(When::end).flatMap(DateValue::iso);
    g.writeObjectFieldStart(field);
    optional(g, "start", start);
    optional(g, "end", end);
    // our own: how precise the start is, and the interval it covers ("early 2014": Jan–Apr)
    if (when.isPresent()) {
      DateValue v = when.get().start();
      g.writeStringField("precision", SpecNames.of(v.precision()));
      g.writeStringField("first", v.first().toString());
      g.writeStringField("last", when.get().end().orElse(v).last().toString());
    }
    g.writeEndObject();
  }

  private static void relationDate(JsonGenerator g, Optional<When> when) throws IOException {
    boolean any =
        when.flatMap(w -> w.start().iso()).isPresent()
            || when.flatMap(When::end).flatMap(DateValue::iso).isPresent();
    if (any) {
      date(g, "date", when);
    } else {
      g.writeNullField("date");
    }
  }

  private static void mentions(JsonGenerator g, List<SentenceRef> mentions) throws IOException {
    g.writeArrayFieldStart("mentions");
    for (SentenceRef m : mentions) {
      g.writeStartObject();
      g.writeStringField("doc", m.docId());
      g.writeNumberField("start", m.span().start());
      g.writeNumberField("end", m.span().end());
      g.writeStringField("text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void count(JsonGenerator g, String field, Optional<Sourced<Count>> c)
      throws IOException {
    if (c.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("value", c.get().value().value());
    g.writeStringField("qualifier", SpecNames.of(c.get().value().qualifier()));
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static void number(JsonGenerator g, String field, Optional<Double> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, Math.round(value.get() * 1e5) / 1e5);
    } else {
      g.writeNullField(field);
    }
  }

  private static void evidence(JsonGenerator g, String field, Optional<Evidence> e, TextOf text)
      throws IOException {
    if (e.isEmpty()) {
      return;
    }
    g.writeFieldName(field);
    span(g, e.get(), text);
  }

  private static void evidenceList(JsonGenerator g, String field, List<Evidence> es, TextOf text)
      throws IOException {
    if (es.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (Evidence e : es) {
      span(g, e, text);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, Evidence e, TextOf text) throws IOException {
    g.writeStartObject();
    g.writeStringField("doc", e.docId());
    g.writeNumberField("start", e.span().start());
    g.writeNumberField("end", e.span().end());
    g.writeStringField("text", text.of(e));
    g.writeEndObject();
  }
}
