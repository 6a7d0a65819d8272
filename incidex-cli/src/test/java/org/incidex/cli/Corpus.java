package org.incidex.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of ../shared/corpus, as the build passes its path to tests. */
final class Corpus {
  private Corpus() {}

  static Path file(String name) {
    String shared = System.getProperty("incidex.shared", "../../shared");
    Path p = Path.of(shared, "corpus", name).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(p), "no shared corpus file " + p);
    return p;
  }

  static Path folder() {
    return file("isis-k-seed.txt").getParent();
  }

  static Path gold(String name) {
    Path p = folder().resolveSibling("gold").resolve(name);
    assumeTrue(Files.exists(p), "no shared gold " + p);
    return p;
  }
}
