package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code incidex actor ISIS-K} on the seed corpus, through CoreNLP: the profile a reader of issue 4
 * asks for, each fact with its sentence. Decisions recorded with {@code actors merge} change the
 * next profile.
 */
@Tag("nlp")
class IsisKProfileTest {
  private static Path seed;
  private static Cli.Run profile;

  @BeforeAll
  static void run() {
    seed = Corpus.folder().resolve("isis-k-seed.txt");
    assumeTrue(Files.isRegularFile(seed), "no seed corpus at " + seed);
    profile = Cli.run("actor", "ISIS-K", seed.toString());
  }

  @Test
  void theProfileNamesTheGroupAndWhyEachNameIsItsOwn() {
    assertThat(profile.exit()).isZero();
    assertThat(profile.out())
        .startsWith("Islamic State – Khorasan Province  (organization, armed group)")
        .contains("ISIS–K: the lexicon lists it as a name of Islamic State – Khorasan Province")
        .contains("IS branch in Afghanistan: the lexicon lists it");
  }

  @Test
  void theProfileGivesParentLeadersFundingAndEnemiesWithSentences() {
    assertThat(profile.out())
        .contains("Islamic State – Khorasan Province branch_of Islamic State")
        .contains("Sheikh Mohsin leader_of Islamic State – Khorasan Province [emir of Kunar]")
        .contains(
            "Sa'ad Emarati leader_of Islamic State – Khorasan Province [emir of Logar Province]")
        .contains("Sheikh Abdul Hasib leader_of Islamic State – Khorasan Province [leader]")
        .contains("funded_by local taxation")
        .contains("funded_by sympathetic patrons")
        .contains("funded_by criminal enterprises")
        .contains("funded_by Islamic State")
        .contains("opposed_to Taliban")
        .contains("isis-k-seed @6561..6783 \"Despite the continued opposition between ISIS–K");
  }

  @Test
  void theProfileCountsTheIncidentsAttributed() {
    assertThat(profile.out())
        .containsPattern("Incidents attributed: \\d+, killed \\d+ \\(as written\\)")
        .contains("2024-01-03")
        .contains("bombing in Kerman, IR, killed 94")
        .contains("2021-08-26");
  }

  @Test
  void anyAliasFindsTheSameProfile() {
    Cli.Run other = Cli.run("actor", "the IS branch in Afghanistan", seed.toString());
    assertThat(other.out()).isEqualTo(profile.out());
  }

  @Test
  void aMergeDecisionHoldsInTheNextProfile(@TempDir Path dir) {
    Path log = dir.resolve("decisions.jsonl");
    Cli.run("actors", "merge", "ISIS-K", "Afghan Armed Forces", "--decisions", log.toString());
    Cli.Run after = Cli.run("actor", "ISIS-K", seed.toString(), "--decisions", log.toString());
    assertThat(after.out())
        .contains("Afghan Armed Forces: analyst decision: merge \"Afghan Armed Forces\" into");
    Cli.Run gone =
        Cli.run("actor", "Afghan Armed Forces", seed.toString(), "--decisions", log.toString());
    assertThat(gone.out()).startsWith("Islamic State – Khorasan Province");
  }
}
