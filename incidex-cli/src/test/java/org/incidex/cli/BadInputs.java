package org.incidex.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Inputs that cannot be read as documents, one of each kind the reader refuses. */
final class BadInputs {
  static final List<String> NAMES =
      List.of(
          "missing.txt",
          "empty-folder",
          "binary.txt",
          "latin1.txt",
          "empty.txt",
          "page.txt",
          "broken.jsonl");

  private BadInputs() {}

  /** Makes the input called {@code name} in {@code dir} (or, for a missing one, does not). */
  static Path write(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    switch (name) {
      case "missing.txt" -> {}
      case "empty-folder" -> Files.createDirectories(p);
      case "binary.txt" -> Files.write(p, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
      case "latin1.txt" ->
          Files.write(p, "Café bombing killed 3 people.\n".getBytes(StandardCharsets.ISO_8859_1));
      case "empty.txt" -> Files.write(p, new byte[0]);
      case "page.txt" ->
          Files.writeString(p, "<html><body><p>A bomb killed 3 people.</p></body></html>\n");
      case "broken.jsonl" -> Files.writeString(p, "{\"id\": broken\n");
      default -> throw new IllegalArgumentException("no bad input called " + name);
    }
    return p;
  }
}
