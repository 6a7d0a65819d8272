package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wire text in one case (an all-capitals telex, a lower-cased archive) reads like the same report
 * written normally: the group, the place, the day and the toll are found either way.
 */
@Tag("nlp")
class OneCaseReportTest {
  private static final String REPORT =
      "Lima, 12 Mar 91 -- Guerrillas of the Shining Path attacked a police station in Ayacucho on"
          + " 11 March 1991, killing four policemen and wounding seven civilians.\n\n"
          + "The Shining Path later claimed responsibility for the attack.\n";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"as written", "upper", "lower"})
  void findsTheSameIncidentInAnyCase(String casing) throws Exception {
    String text =
        switch (casing) {
          case "upper" -> REPORT.toUpperCase(Locale.ROOT);
          case "lower" -> REPORT.toLowerCase(Locale.ROOT);
          default -> REPORT;
        };
    Path in = Files.writeString(dir.resolve("report.txt"), text);
    Path out = dir.resolve("out.json");

    Cli.Run run = Cli.run("extract", in.toString(), "--format", "json", "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode incidents = new ObjectMapper().readTree(out.toFile()).get("incidents");
    assertThat(incidents).hasSize(1);
    JsonNode incident = incidents.get(0);
    assertThat(incident.at("/date/start").asText()).isEqualTo("1991-03-11");
    assertThat(incident.at("/location/country").asText()).isEqualTo("PE");
    assertThat(incident.at("/location/place").asText()).isEqualToIgnoringCase("Ayacucho");
    assertThat(incident.at("/killed/value").asInt()).isEqualTo(4);
    assertThat(incident.at("/wounded/value").asInt()).isEqualTo(7);
    assertThat(incident.at("/perpetrators/0").asText()).isEqualTo("Shining Path");
  }
}
