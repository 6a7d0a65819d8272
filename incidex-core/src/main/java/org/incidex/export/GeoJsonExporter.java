package org.incidex.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.Location;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.pipeline.ExtractionResult;

/**
 * Incidents as a GeoJSON (RFC 7946) FeatureCollection: one Point feature per incident that has a
 * latitude and longitude, with {@code coordinates} in GeoJSON's order, {@code [lon, lat]} (WGS 84,
 * five decimals). The feature's {@code id} is the incident id.
 *
 * <p>Properties: {@code id, kind, type, date_start, date_end, date_precision, place, admin1,
 * country, precision, perpetrators, suspected, targets, killed, killed_qualifier, wounded,
 * wounded_qualifier, casualties, casualties_qualifier, suicide, mentions} (each {@code doc, start,
 * end, text}). Counts are flat numbers beside their qualifier, so a GIS can size or filter points
 * by them; a value the text does not give is {@code null}.
 *
 * <p>Incidents without coordinates are not dropped: their ids are listed, in export order, in the
 * collection's foreign member {@code "unlocated"}, which GeoJSON readers ignore.
 */
public final class GeoJsonExporter implements Exporter {

  @Override
  public void write(ExtractionResult result, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    List<String> unlocated = new ArrayList<>();
    for (Incident i : result.incidents()) {
      if (isLocated(i.location())) {
        feature(g, i);
      } else {
        unlocated.add(i.id());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unlocated");
    for (String id : unlocated) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static boolean isLocated(Location l) {
    return l.lat().isPresent() && l.lon().isPresent();
  }

  private static void feature(JsonGenerator g, Incident i) throws IOException {
    Location l = i.location();
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", i.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(degrees(l.lon().get()));
    g.writeNumber(degrees(l.lat().get()));
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("id", i.id());
    g.writeStringField("kind", SpecNames.of(i.kind()));
    g.writeStringField("type", SpecNames.of(i.typeValue()));
    Optional<DateValue> start = i.date().map(d -> d.value().start());
    string(g, "date_start", start.flatMap(DateValue::iso));
    string(g, "date_end", i.date().flatMap(d -> d.value().end()).flatMap(DateValue::iso));
    string(g, "date_precision", start.map(d -> SpecNames.of(d.precision())));
    string(g, "place", l.place());
    string(g, "admin1", l.admin1());
    string(g, "country", l.country());
    string(g, "precision", l.precision().map(SpecNames::of));
    strings(g, "perpetrators", i.perpetrators());
    strings(g, "suspected", i.suspected());
    g.writeArrayFieldStart("targets");
    for (var t : i.targets().stream().map(Sourced::value).distinct().toList()) {
      g.writeString(SpecNames.of(t));
    }
    g.writeEndArray();
    count(g, "killed", i.killed());
    count(g, "wounded", i.wounded());
    count(g, "casualties", i.casualties());
    if (i.suicide().isPresent()) {
      g.writeBooleanField("suicide", i.suicide().get().value());
    } else {
      g.writeNullField("suicide");
    }
    g.writeArrayFieldStart("mentions");
    for (SentenceRef m : i.mentions()) {
      g.writeStartObject();
      g.writeStringField("doc", m.docId());
      g.writeNumberField("start", m.span().start());
      g.writeNumberField("end", m.span().end());
      g.writeStringField("text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** RFC 7946 §11.2: more than six decimals is false precision; five is about a metre. */
  private static double degrees(double value) {
    return Math.round(value * 1e5) / 1e5;
  }

  private static void count(JsonGenerator g, String field, Optional<Sourced<Count>> c)
      throws IOException {
    if (c.isPresent()) {
      g.writeNumberField(field, c.get().value().value());
      g.writeStringField(field + "_qualifier", SpecNames.of(c.get().value().qualifier()));
    } else {
      g.writeNullField(field);
      g.writeNullField(field + "_qualifier");
    }
  }

  private static void string(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static void strings(JsonGenerator g, String field, List<Sourced<String>> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values.stream().map(Sourced::value).distinct().toList()) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
