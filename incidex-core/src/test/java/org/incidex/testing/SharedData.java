package org.incidex.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to ../shared (corpus, gold, spec, tools), as the build passes them to tests. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("incidex.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("../../shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("../shared");
    }
    return p.toAbsolutePath().normalize();
  }

  public static Path corpus() {
    return root().resolve("corpus");
  }

  public static Path gold() {
    return root().resolve("gold");
  }

  /** Skips the calling test when the shared corpus is not next to the checkout. */
  public static void assumePresent() {
    assumeTrue(Files.isDirectory(corpus()), "no shared corpus at " + corpus());
  }
}
