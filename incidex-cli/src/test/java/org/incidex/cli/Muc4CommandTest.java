package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                + ":2: expected a JSON object with \"docid\" and \"doctext\"; line skipped",
            "incidex: no MUC-4 document to answer in " + in);
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingFileIsOneLine() {
    Cli.Run run = Cli.run("muc4", "--in", dir.resolve("none.jsonl").toString(), "--out", "x.jsonl");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines().get(0))
        .startsWith("incidex: " + dir.resolve("none.jsonl") + ": cannot read");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertThat(Cli.run("muc4", "--in", "x.jsonl").exit()).isEqualTo(2);
  }
}
