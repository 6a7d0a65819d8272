package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on the second probe set (test resources {@code probe2/}): three texts written in our
 * own words (a Kenya/Somalia wire with a revised toll and a police shootout, an encyclopedia
 * section on Jamaat-ul-Ahrar's splits and attacks, a Cabo Delgado report with kidnappings and army
 * operations), annotated by shared/gold/GUIDELINES.md before any extraction. The floors are the
 * figures reached minus 0.05; raise them here when a change raises a figure.
 */
@Tag("nlp")
class Probe2ExtractionTest {
  /** Reached on the probe folder (score-incidents' headline). */
  static final double SLOT_F1 = 0.844;

  static final double INCIDENT_F1 = 0.923;
  static final double RELATION_F1 = 0.741;
  static final double MARGIN = 0.05;

  @TempDir static Path dir;
  private static final Path PROBE = Path.of("src", "test", "resources", "probe2").toAbsolutePath();
  private static Path export;

  @BeforeAll
  static void extractTheSecondProbe() {
    export = dir.resolve("probe2.json");
    Cli.Run run =
        Cli.run("extract", PROBE.toString(), "--format", "json", "--out", export.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void probeFiguresDoNotFallBelowTheirFloors() throws Exception {
    JsonNode report = Scorer.score(PROBE, export);
    assertThat(report.at("/slots/f1").asDouble()).isGreaterThanOrEqualTo(SLOT_F1 - MARGIN);
    assertThat(report.at("/incidents/f1").asDouble()).isGreaterThanOrEqualTo(INCIDENT_F1 - MARGIN);
    assertThat(report.at("/relations/f1").asDouble()).isGreaterThanOrEqualTo(RELATION_F1 - MARGIN);
  }
}
