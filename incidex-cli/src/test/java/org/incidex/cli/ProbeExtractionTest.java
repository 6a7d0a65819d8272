package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real CLI on the probe sets (test resources {@code probe/}: a Borno wire, an Abu Sayyaf
 * article, an ELN analyst brief, twin bombings in Balochistan; {@code probe2/}: a Kenya/Somalia
 * wire with a revised toll and a police shootout, a Jamaat-ul-Ahrar article with splits, a Cabo
 * Delgado report with kidnappings and army operations; {@code probe3/}: a Burkina Faso village
 * attack and an army operation, twin Maoist attacks in two Chhattisgarh towns in one sentence):
 * texts written in our own words and annotated by shared/gold/GUIDELINES.md before any extraction,
 * standing in for text nobody here has tuned on. The floors are the figures reached minus 0.05;
 * when a change raises a figure, raise it here in the same commit.
 */
@Tag("nlp")
class ProbeExtractionTest {
  private static final double MARGIN = 0.05;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "probe, 0.792, 0.882, 0.688",
    "probe2, 0.873, 0.923, 0.741",
    "probe3, 0.791, 0.909, 0.667"
  })
  void probeFiguresDoNotFallBelowTheirFloors(
      String set, double slotF1, double incidentF1, double relationF1) throws Exception {
    Path probe = Path.of("src", "test", "resources", set).toAbsolutePath();
    Path export = dir.resolve(set + ".json");

    Cli.Run run =
        Cli.run("extract", probe.toString(), "--format", "json", "--out", export.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = Scorer.score(probe, export);
    assertThat(report.at("/slots/f1").asDouble()).isGreaterThanOrEqualTo(slotF1 - MARGIN);
    assertThat(report.at("/incidents/f1").asDouble()).isGreaterThanOrEqualTo(incidentF1 - MARGIN);
    assertThat(report.at("/relations/f1").asDouble()).isGreaterThanOrEqualTo(relationF1 - MARGIN);
  }
}
