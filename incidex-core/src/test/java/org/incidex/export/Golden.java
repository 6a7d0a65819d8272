package org.incidex.export;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Golden files of the export formats under {@code src/test/resources/golden/export}. With {@code
 * -Dincidex.golden.update=true} a check writes the file instead of comparing; review the diff,
 * since a changed golden file is a change of behaviour.
 */
final class Golden {
  private Golden() {}

  static final Path DIR = Path.of("src/test/resources/golden/export");
  private static final int CONTEXT = 8;

  static boolean updating() {
    return Boolean.getBoolean("incidex.golden.update");
  }

  static void check(String fileName, String actual) throws IOException {
    Path file = DIR.resolve(fileName);
    if (updating()) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; create it with -Dincidex.golden.update=true");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          file
              + " differs from the output (regenerate with -Dincidex.golden.update=true and"
              + " review the change):\n"
              + diff(expected, actual));
    }
  }

  /**
   * The first differing line and a few after it, expected ({@code -}) against actual ({@code +}).
   */
  static String diff(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int first = 0;
    while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
      first++;
    }
    StringBuilder b = new StringBuilder("first difference at line " + (first + 1) + ":\n");
    for (int n = first; n < first + CONTEXT && (n < e.size() || n < a.size()); n++) {
      Optional<String> expectedLine = n < e.size() ? Optional.of(e.get(n)) : Optional.empty();
      Optional<String> actualLine = n < a.size() ? Optional.of(a.get(n)) : Optional.empty();
      if (expectedLine.equals(actualLine)) {
        b.append("  ").append(visible(expectedLine.get())).append('\n');
        continue;
      }
      expectedLine.ifPresent(l -> b.append("- ").append(visible(l)).append('\n'));
      actualLine.ifPresent(l -> b.append("+ ").append(visible(l)).append('\n'));
    }
    if (first >= e.size() && first >= a.size()) {
      b.append("(the lines agree; line ends or the final newline differ)\n");
    }
    return b.toString();
  }

  private static String visible(String line) {
    return line.replace("\r", "\\r");
  }
}
