package org.incidex.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each new format's whole output for {@link ExportFixtures#seedLike()}, against a golden file. A
 * file in the golden folder that no format writes fails too, so none goes stale unnoticed.
 */
class ExportGoldenTest {
  private static final Map<ExportFormat, String> FILES =
      Map.of(
          ExportFormat.CSV, "seed-like.csv",
          ExportFormat.GEOJSON, "seed-like.geojson",
          ExportFormat.GRAPHML, "seed-like.graphml");

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"CSV", "GEOJSON", "GRAPHML"})
  void outputMatchesItsGoldenFile(ExportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.exporter().write(ExportFixtures.seedLike(), out);
    Golden.check(FILES.get(format), out.toString());
  }

  @Test
  void everyGoldenFileBelongsToAFormat() throws IOException {
    if (Golden.updating()) {
      return;
    }
    try (Stream<Path> files = Files.list(Golden.DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactlyInAnyOrderElementsOf(FILES.values());
    }
  }
}
