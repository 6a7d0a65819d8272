package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The muc4 command's bad input: one clear line per problem, exit 1, no output file. */
class Muc4CommandTest {
  @TempDir Path dir;

  @Test
  void malformedLinesAreOneLineEachAndNothingIsWritten() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"docid\": \"D-1\",\n[1, 2]\n");
    Path out = dir.resolve("pred.jsonl");
    Cli.Run run = Cli.run("muc4", "--in", in.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "incidex: "
                + in
                + ":1: not valid JSON (Unexpected end-of-input within/between Object entries);"
                + " line skipped",
            "incidex: "
                + in
                + ":2: expected a JSON object with \"docid\" and \"doctext\"; line skipped");
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing | no such file
          empty   | no MUC-4 document (one JSON object a line) to answer
          binary  | not UTF-8 text (binary or another encoding)
          folder  | is a folder, not a MUC-4 JSONL file
          """)
  void anUnusableFileIsOneLine(String kind, String message) throws Exception {
    Path in = dir.resolve(kind + ".jsonl");
    switch (kind) {
      case "empty" -> Files.writeString(in, "");
      case "binary" -> Files.write(in, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
      case "folder" -> Files.createDirectory(in);
      default -> {}
    }
    Path out = dir.resolve("pred.jsonl");
    Cli.Run run = Cli.run("muc4", "--in", in.toString(), "--out", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("incidex: " + in + ": " + message);
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(Cli.run("muc4", "--in", "x.jsonl").exit()).isEqualTo(2);
  }
}
