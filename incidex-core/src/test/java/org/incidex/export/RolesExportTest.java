package org.incidex.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Role;
import org.incidex.model.RoleFiller;
import org.incidex.model.Sourced;
import org.incidex.pipeline.DocumentResult;
import org.incidex.store.ResultCodec;
import org.junit.jupiter.api.Test;

/** Role fillers are a field of our own in the interchange JSON, and the store keeps them. */
class RolesExportTest {

  private static Incident withRoles() {
    Incident i =
        ExportFixtures.attack("kabul-bombing", IncidentType.BOMBING)
            .mention(ExportFixtures.KABUL)
            .build();
    return i.withRoles(
        List.of(
            new Sourced<>(
                new RoleFiller(Role.PERPETRATOR, "ISIS–K suicide bomber"),
                ExportFixtures.evidence("ISIS–K suicide bomber")),
            new Sourced<>(
                new RoleFiller(Role.VICTIM, "13 U.S. military personnel"),
                ExportFixtures.evidence("13 U.S. military personnel"))));
  }

  @Test
  void theInterchangeJsonListsRolesWithTheirEvidence() throws Exception {
    StringWriter out = new StringWriter();
    new InterchangeJsonExporter().write(ExportFixtures.incidents(withRoles()), out);
    JsonNode incident = new ObjectMapper().readTree(out.toString()).get("incidents").get(0);
    assertThat(incident.get("roles").toString())
        .isEqualTo(
            "[{\"role\":\"perpetrator\",\"text\":\"ISIS–K suicide bomber\"},"
                + "{\"role\":\"victim\",\"text\":\"13 U.S. military personnel\"}]");
    assertThat(incident.get("evidence").get("roles")).hasSize(2);
  }

  @Test
  void anIncidentWithoutRolesHasNoRolesField() throws Exception {
    StringWriter out = new StringWriter();
    Incident plain =
        ExportFixtures.attack("kabul-bombing", IncidentType.BOMBING)
            .mention(ExportFixtures.KABUL)
            .build();
    new InterchangeJsonExporter().write(ExportFixtures.incidents(plain), out);
    assertThat(new ObjectMapper().readTree(out.toString()).get("incidents").get(0).has("roles"))
        .isFalse();
  }

  @Test
  void theStoreKeepsRoles() {
    DocumentResult stored = ExportFixtures.incidents(withRoles()).documents().get(0);
    ResultCodec codec = new ResultCodec();
    DocumentResult back = codec.decode(stored.document(), codec.encode(stored));
    assertThat(back.incidents().get(0).roles()).isEqualTo(withRoles().roles());
  }
}
