package org.incidex.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.export.ExportFixtures.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.model.IncidentType;
import org.incidex.model.Location;
import org.incidex.pipeline.ExtractionResult;
import org.junit.jupiter.api.Test;

class GeoJsonExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode geojson(ExtractionResult r) throws IOException {
    StringWriter out = new StringWriter();
    new GeoJsonExporter().write(r, out);
    return JSON.readTree(out.toString());
  }

  private static JsonNode feature(JsonNode collection, String id) {
    for (JsonNode f : collection.get("features")) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no feature " + id);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void isAFeatureCollectionOfPointsForLocatedIncidents() throws IOException {
    JsonNode c = geojson(ExportFixtures.seedLike());
    assertThat(c.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(c.get("features")).hasSize(3);
    for (JsonNode f : c.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
      assertThat(f.get("geometry").get("coordinates")).hasSize(2);
    }
  }

  @Test
  void coordinatesAreLongitudeThenLatitude() throws IOException {
    JsonNode coordinates =
        feature(geojson(ExportFixtures.seedLike()), "kerman-2024-01-03-bombing")
            .get("geometry")
            .get("coordinates");
    assertThat(coordinates.get(0).asDouble()).isEqualTo(57.07879);
    assertThat(coordinates.get(1).asDouble()).isEqualTo(30.28333);
  }

  @Test
  void incidentsWithoutCoordinatesAreListedAsUnlocated() throws IOException {
    JsonNode c = geojson(ExportFixtures.seedLike());
    assertThat(texts(c.get("unlocated"))).containsExactly("united-states-2024-06-arrest");
    List<String> featureIds = new ArrayList<>();
    c.get("features").forEach(f -> featureIds.add(f.get("id").asText()));
    assertThat(featureIds)
        .containsExactly(
            "kerman-2024-01-03-bombing", "kabul-2021-08-26-bombing", "nangarhar-2014-bombing");
  }

  @Test
  void aLatitudeWithoutLongitudeIsUnlocated() throws IOException {
    Location half =
        new Location(
            Optional.of("Kerman"),
            Optional.empty(),
            Optional.of("IR"),
            Optional.of(30.28),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    JsonNode c =
        geojson(
            ExportFixtures.incidents(
                attack("half", IncidentType.BOMBING).location(half, "Kerman").build()));
    assertThat(c.get("features")).isEmpty();
    assertThat(texts(c.get("unlocated"))).containsExactly("half");
  }

  @Test
  void propertiesCarryTheIncident() throws IOException {
    JsonNode p =
        feature(geojson(ExportFixtures.seedLike()), "kerman-2024-01-03-bombing").get("properties");
    assertThat(p.get("id").asText()).isEqualTo("kerman-2024-01-03-bombing");
    assertThat(p.get("kind").asText()).isEqualTo("attack");
    assertThat(p.get("type").asText()).isEqualTo("bombing");
    assertThat(p.get("date_start").asText()).isEqualTo("2024-01-03");
    assertThat(p.get("date_end").isNull()).isTrue();
    assertThat(p.get("place").asText()).isEqualTo("Kerman");
    assertThat(p.get("admin1").asText()).isEqualTo("Kerman Province");
    assertThat(p.get("country").asText()).isEqualTo("IR");
    assertThat(p.get("precision").asText()).isEqualTo("town");
    assertThat(texts(p.get("perpetrators"))).containsExactly(ExportFixtures.ISKP);
    assertThat(texts(p.get("targets"))).containsExactly("private_citizens");
    assertThat(p.get("killed").asInt()).isEqualTo(94);
    assertThat(p.get("killed_qualifier").asText()).isEqualTo("exact");
    assertThat(p.get("wounded").isNull()).isTrue();
    assertThat(p.get("wounded_qualifier").isNull()).isTrue();
    assertThat(p.get("suicide").asBoolean()).isTrue();
  }

  @Test
  void mentionsPointIntoTheDocument() throws IOException {
    JsonNode mentions =
        feature(geojson(ExportFixtures.seedLike()), "kerman-2024-01-03-bombing")
            .get("properties")
            .get("mentions");
    assertThat(mentions).hasSize(2);
    String text = ExportFixtures.DOCUMENT.text();
    for (JsonNode m : mentions) {
      assertThat(m.get("doc").asText()).isEqualTo(ExportFixtures.DOC_ID);
      assertThat(m.get("text").asText())
          .isEqualTo(text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    assertThat(mentions.get(0).get("text").asText()).isEqualTo(ExportFixtures.KERMAN_1);
  }

  @Test
  void jointTotalIsCasualtiesWithItsQualifier() throws IOException {
    JsonNode p =
        feature(geojson(ExportFixtures.seedLike()), "nangarhar-2014-bombing").get("properties");
    assertThat(p.get("killed").isNull()).isTrue();
    assertThat(p.get("casualties").asInt()).isEqualTo(40);
    assertThat(p.get("casualties_qualifier").asText()).isEqualTo("at_least");
    assertThat(p.get("date_start").asText()).isEqualTo("2014");
    assertThat(p.get("date_precision").asText()).isEqualTo("part_of_year");
    assertThat(texts(p.get("suspected"))).containsExactly("Taliban");
    assertThat(p.get("place").isNull()).isTrue();
  }

  @Test
  void emptyResultIsAnEmptyCollection() throws IOException {
    JsonNode c = geojson(ExportFixtures.empty());
    assertThat(c.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(c.get("features")).isEmpty();
    assertThat(c.get("unlocated")).isEmpty();
  }
}
