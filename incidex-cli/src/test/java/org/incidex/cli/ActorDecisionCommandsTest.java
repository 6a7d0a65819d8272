package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidex.fusion.ActorDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code actors merge} and {@code actors split} record decisions; bad options get a message. */
class ActorDecisionCommandsTest {
  @TempDir Path dir;

  @Test
  void mergeAndSplitAreRecordedOldestFirst() throws Exception {
    Path log = dir.resolve("decisions.jsonl");
    Cli.Run merge =
        Cli.run(
            "actors",
            "merge",
            "ISIS-K",
            "IS-K",
            "--decisions",
            log.toString(),
            "--analyst",
            "ana",
            "--note",
            "same group");
    Cli.Run split = Cli.run("actors", "split", "ISIS-K", "Khorasan", "--decisions", log.toString());
    assertThat(merge.exit()).isZero();
    assertThat(merge.out()).contains("recorded: merge \"IS-K\" into \"ISIS-K\" (ana");
    assertThat(split.exit()).isZero();
    assertThat(new DecisionFile(log).read())
        .extracting(ActorDecision::kind, ActorDecision::actor, ActorDecision::other)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActorDecision.Kind.MERGE, "ISIS-K", "IS-K"),
            org.assertj.core.groups.Tuple.tuple(ActorDecision.Kind.SPLIT, "ISIS-K", "Khorasan"));
    assertThat(Files.readAllLines(log)).hasSize(2);
  }

  @Test
  void aDecisionWithNowhereToGoIsRefused() {
    Cli.Run r = Cli.run("actors", "merge", "ISIS-K", "IS-K");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("give --decisions FILE");
  }

  @Test
  void aStoreThatDoesNotExistIsRefused() {
    Cli.Run r = Cli.run("actor", "ISIS-K", "--db", dir.resolve("x.db").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no store at");
  }

  @Test
  void decisionsKeptInTheStoreApplyToItsViewAndAreExported() {
    String db = dir.resolve("seed.db").toString();
    Path seed = Corpus.file("isis-k-seed.txt");
    assertThat(Cli.run("ingest", "--db", db, seed.toString()).exit()).isZero();
    Cli.Run merge = Cli.run("actors", "merge", "ISIS-K", "Afghan Armed Forces", "--db", db);
    assertThat(merge.exit()).as(merge.err()).isZero();
    Cli.Run profile = Cli.run("actor", "Afghan Armed Forces", "--db", db);
    assertThat(profile.out()).contains("Islamic State – Khorasan Province");
    Cli.Run export = Cli.run("export", "--db", db, "-f", "json");
    assertThat(export.out()).contains("\"decisions\"").contains("\"kind\" : \"merge\"");
  }

  @Test
  void noDocumentsIsAMessage() {
    Cli.Run r = Cli.run("actors");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no documents to read");
  }

  @Test
  void aDecisionFileThatIsNotOneSaysWhere() throws Exception {
    Path log = dir.resolve("bad.jsonl");
    Files.writeString(log, "{\"kind\": \"merge\", \"actor\": \"A\"}\n");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new DecisionFile(log).read()))
        .hasMessageContaining("line 1");
  }

  @Test
  void anAbsentDecisionFileHasNoDecisions() {
    assertThat(new DecisionFile(dir.resolve("none.jsonl")).read()).isEmpty();
    assertThat(new DecisionFile(null).read()).isEmpty();
  }
}
