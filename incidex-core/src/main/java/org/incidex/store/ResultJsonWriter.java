package org.incidex.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.incidex.export.SpecNames;
import org.incidex.model.Actor;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.Location;
import org.incidex.model.NameLink;
import org.incidex.model.Problem;
import org.incidex.model.Relation;
import org.incidex.model.RoleFiller;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;
import org.incidex.pipeline.DocumentResult;

/** Writes the {@value ResultCodec#FORMAT} JSON; {@link ResultJsonReader} is its inverse. */
final class ResultJsonWriter {
  private final JsonGenerator g;

  ResultJsonWriter(JsonGenerator g) {
    this.g = g;
  }

  void write(DocumentResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ResultCodec.FORMAT);
    g.writeArrayFieldStart("incidents");
    for (Incident i : r.incidents()) {
      incident(i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actors");
    for (Actor a : r.actors()) {
      actor(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation rel : r.relations()) {
      relation(rel);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("problems");
    for (Problem p : r.problems()) {
      problem(p);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }

  private void incident(Incident i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("kind", SpecNames.of(i.kind()));
    g.writeFieldName("type");
    sourcedEnum(i.type());
    g.writeFieldName("date");
    if (i.date().isPresent()) {
      g.writeStartObject();
      g.writeFieldName("value");
      when(i.date().get().value());
      evidenceField(i.date().get().from());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeFieldName("location");
    location(i.location());
    g.writeFieldName("location_evidence");
    evidenceOrNull(i.locationEvidence());
    names("perpetrators", i.perpetrators());
    names("suspected", i.suspected());
    g.writeArrayFieldStart("roles");
    for (Sourced<RoleFiller> r : i.roles()) {
      g.writeStartObject();
      g.writeStringField("role", SpecNames.of(r.value().role()));
      g.writeStringField("text", r.value().text());
      evidenceField(r.from());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (var t : i.targets()) {
      sourcedEnum(t);
    }
    g.writeEndArray();
    count("killed", i.killed());
    count("wounded", i.wounded());
    count("casualties", i.casualties());
    g.writeFieldName("suicide");
    if (i.suicide().isPresent()) {
      g.writeStartObject();
      g.writeBooleanField("value", i.suicide().get().value());
      evidenceField(i.suicide().get().from());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    mentions(i.mentions());
    g.writeArrayFieldStart("notes");
    for (String n : i.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void actor(Actor a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    g.writeStringField("type", SpecNames.of(a.type()));
    g.writeBooleanField("armed_group", a.armedGroup());
    g.writeArrayFieldStart("aliases");
    for (String alias : a.aliases()) {
      g.writeString(alias);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("evidence");
    for (Evidence e : a.evidence()) {
      evidence(e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (NameLink l : a.links()) {
      g.writeStartObject();
      g.writeStringField("name", l.name());
      g.writeStringField("basis", SpecNames.of(l.basis()));
      g.writeStringField("via", l.via());
      g.writeFieldName("evidence");
      evidenceOrNull(l.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void relation(Relation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("subject", r.subject());
    g.writeStringField("predicate", SpecNames.of(r.predicate()));
    g.writeStringField("object", r.object());
    g.writeFieldName("date");
    if (r.date().isPresent()) {
      when(r.date().get());
    } else {
      g.writeNull();
    }
    optionalString("role", r.role());
    mentions(r.mentions());
    g.writeEndObject();
  }

  private void problem(Problem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("doc", p.docId());
    g.writeFieldName("at");
    if (p.at().isPresent()) {
      g.writeStartObject();
      g.writeNumberField("start", p.at().get().start());
      g.writeNumberField("end", p.at().get().end());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    g.writeStringField("message", p.message());
    g.writeBooleanField("fatal", p.fatal());
    g.writeEndObject();
  }

  private void when(When w) throws IOException {
    g.writeStartObject();
    g.writeFieldName("start");
    dateValue(w.start());
    g.writeFieldName("end");
    if (w.end().isPresent()) {
      dateValue(w.end().get());
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private void dateValue(DateValue d) throws IOException {
    g.writeStartObject();
    g.writeStringField("first", d.first().toString());
    g.writeStringField("last", d.last().toString());
    g.writeStringField("precision", SpecNames.of(d.precision()));
    g.writeEndObject();
  }

  private void location(Location l) throws IOException {
    g.writeStartObject();
    optionalString("place", l.place());
    optionalString("admin1", l.admin1());
    optionalString("country", l.country());
    optionalNumber("lat", l.lat());
    optionalNumber("lon", l.lon());
    optionalString("gazetteer_id", l.gazetteerId());
    optionalString("precision", l.precision().map(SpecNames::of));
    g.writeEndObject();
  }

  private void names(String field, List<Sourced<String>> names) throws IOException {
    g.writeArrayFieldStart(field);
    for (Sourced<String> s : names) {
      g.writeStartObject();
      g.writeStringField("value", s.value());
      evidenceField(s.from());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void sourcedEnum(Sourced<? extends Enum<?>> s) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", SpecNames.of(s.value()));
    evidenceField(s.from());
    g.writeEndObject();
  }

  private void count(String field, Optional<Sourced<Count>> c) throws IOException {
    g.writeFieldName(field);
    if (c.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeObjectFieldStart("value");
    g.writeNumberField("value", c.get().value().value());
    g.writeStringField("qualifier", SpecNames.of(c.get().value().qualifier()));
    g.writeEndObject();
    evidenceField(c.get().from());
    g.writeEndObject();
  }

  private void mentions(List<SentenceRef> mentions) throws IOException {
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

  private void evidenceField(Evidence e) throws IOException {
    g.writeFieldName("from");
    evidence(e);
  }

  private void evidenceOrNull(Optional<Evidence> e) throws IOException {
    if (e.isPresent()) {
      evidence(e.get());
    } else {
      g.writeNull();
    }
  }

  private void evidence(Evidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("doc", e.docId());
    g.writeNumberField("start", e.span().start());
    g.writeNumberField("end", e.span().end());
    g.writeEndObject();
  }

  private void optionalString(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private void optionalNumber(String field, Optional<Double> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
