package org.incidex.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs ../shared/tools/score-incidents on an export and returns its JSON report. */
final class Scorer {
  private Scorer() {}

  static Path script() {
    String shared = System.getProperty("incidex.shared", "../../shared");
    Path p = Path.of(shared, "tools", "score-incidents").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(p), "no shared scorer at " + p);
    return p;
  }

  static JsonNode score(Path gold, Path pred) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "python3",
                script().toString(),
                "--gold",
                gold.toString(),
                "--pred",
                pred.toString(),
                "--json")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new AssertionError("score-incidents failed: " + out);
    }
    return new ObjectMapper().readTree(out);
  }
}
