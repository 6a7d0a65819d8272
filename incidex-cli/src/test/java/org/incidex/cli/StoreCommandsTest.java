package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ingest → incidents → export} through the real command line, in this JVM, on files of the
 * shared corpus. CoreNLP's models load once per JVM (its annotator pool keeps them), so only the
 * first ingest here pays for them.
 */
@Tag("nlp")
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KABUL = "kabul-airport-attack-2021.txt";
  private static final String CROCUS = "crocus-city-hall-attack-2024.txt";
  private static final String WESTGATE = "westgate-mall-attack-2013.txt";

  @TempDir static Path shared;

  /** A store holding the three corpus files, ingested once for the class, and its export. */
  private static String db;

  private static String export;

  @BeforeAll
  static void ingestThreeCorpusFiles() {
    db = shared.resolve("corpus.db").toString();
    Cli.Run run =
        Cli.run(
            "ingest",
            "--db",
            db,
            Corpus.file(KABUL).toString(),
            Corpus.file(CROCUS).toString(),
            Corpus.file(WESTGATE).toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().subList(0, 3)).allMatch(l -> l.startsWith("stored "));
    assertThat(run.outLines().get(3))
        .isEqualTo("3 documents: 3 stored, 0 already stored, 0 replaced, 0 failed");
    export = exportOf(db);
  }

  private static String exportOf(String db) {
    Cli.Run run = Cli.run("export", "--db", db, "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void theExportHoldsEveryIngestedDocumentAndItsIncidents() throws IOException {
    JsonNode root = JSON.readTree(export);

    assertThat(root.get("format").asText()).isEqualTo("incidents/1");
    assertThat(ids(root.get("documents"), "id"))
        .containsExactlyInAnyOrder(
            "kabul-airport-attack-2021",
            "crocus-city-hall-attack-2024",
            "westgate-mall-attack-2013");
    assertThat(root.get("incidents").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSameFilesAgainAddNothing() throws IOException {
    Path copy = Files.copy(Path.of(db), shared.resolve("again.db"));

    Cli.Run again =
        Cli.run(
            "ingest",
            "--db",
            copy.toString(),
            Corpus.file(KABUL).toString(),
            Corpus.file(WESTGATE).toString());

    assertThat(again.exit()).isZero();
    assertThat(again.outLines())
        .containsExactly(
            "already stored  kabul-airport-attack-2021",
            "already stored  westgate-mall-attack-2013",
            "2 documents: 0 stored, 2 already stored, 0 replaced, 0 failed");
    assertThat(exportOf(copy.toString())).isEqualTo(export);
  }

  @Test
  void aChangedTextUnderTheSameIdReplacesTheOldVersion() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("changed"));
    Path file = dir.resolve("report.txt");
    String store = dir.resolve("changed.db").toString();
    Files.writeString(file, "On 3 May 2021, a car bomb killed 12 people in Kabul.\n");
    assertThat(Cli.run("ingest", "--db", store, file.toString()).exit()).isZero();
    Files.writeString(file, "On 3 May 2021, a car bomb killed 14 people in Kabul.\n");

    Cli.Run replaced = Cli.run("ingest", "--db", store, file.toString());

    assertThat(replaced.exit()).isZero();
    assertThat(replaced.outLines().get(0)).startsWith("replaced        report");
    JsonNode root = JSON.readTree(exportOf(store));
    assertThat(root.get("documents")).hasSize(1);
    assertThat(root.get("incidents").get(0).get("killed").get("value").asInt()).isEqualTo(14);
  }

  @Test
  void incidentsFiltersByAnyAliasOfAGroup() throws IOException {
    Cli.Run run = Cli.run("incidents", "--db", db, "--group", "ISIS-K", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode incidents = JSON.readTree(run.out()).get("incidents");
    assertThat(incidents.size()).isPositive();
    incidents.forEach(
        i ->
            assertThat(texts(i.get("perpetrators"))).contains("Islamic State – Khorasan Province"));
    JsonNode all = JSON.readTree(export).get("incidents");
    assertThat(incidents.size()).isLessThan(all.size());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void incidentsFindsSentencesByText() throws IOException {
    Cli.Run run = Cli.run("incidents", "--db", db, "--text", "Westgate", "--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("incidents").size()).isPositive();
    root.get("incidents")
        .forEach(
            i -> assertThat(ids(i.get("mentions"), "doc")).contains("westgate-mall-attack-2013"));
    assertThat(ids(root.get("documents"), "id")).containsExactly("westgate-mall-attack-2013");
  }

  @Test
  void incidentsPrintsATableByDefault() {
    Cli.Run run = Cli.run("incidents", "--db", db, "--kind", "attack");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Incidents (").contains("attack/");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exportWritesAFileWholeAndNothingElse() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("out"));
    Path out = dir.resolve("export.json");

    Cli.Run run = Cli.run("export", "--db", db, "--out", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(export);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  /** Bad inputs, each alone: one clear line, exit 1, and the store as it was. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing.txt  | no such file or folder
          empty-folder | the folder holds no text files
          binary.txt   | the file is binary
          latin1.txt   | the file is not valid UTF-8
          empty.txt    | the file is empty
          page.txt     | the file looks like HTML
          broken.jsonl | :1: not valid JSON
          """)
  void aBadInputIsOneLineAndChangesNothing(String name, String message) throws IOException {
    Path input = BadInputs.write(Files.createDirectories(shared.resolve("bad-" + name)), name);
    Path copy = Files.copy(Path.of(db), shared.resolve("bad-" + name + ".db"));

    Cli.Run run = Cli.run("ingest", "--db", copy.toString(), input.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("incidex: " + input).contains(message);
    assertThat(exportOf(copy.toString())).isEqualTo(export);
  }

  @Test
  void aBadInputIntoANewStoreCreatesNoFile() throws IOException {
    Path store = shared.resolve("never.db");

    Cli.Run run =
        Cli.run("ingest", "--db", store.toString(), shared.resolve("nothing-here.txt").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(store).doesNotExist();
  }

  @Test
  void goodFilesAreStoredAlongsideBadOnes() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("mixed"));
    List<String> args =
        new ArrayList<>(List.of("ingest", "--db", dir.resolve("mixed.db").toString()));
    for (String bad : BadInputs.NAMES) {
      args.add(BadInputs.write(dir, bad).toString());
    }
    Path good = Files.copy(Corpus.file(CROCUS), dir.resolve("crocus.txt"));
    args.add(good.toString());
    Path lines = dir.resolve("lines.jsonl");
    Files.writeString(
        lines,
        "{\"id\":\"line-1\",\"text\":\"On 3 May 2021, a car bomb killed 12 people in Kabul.\"}\n"
            + "{\"id\": oops\n");
    args.add(lines.toString());

    Cli.Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.errLines())
        .hasSize(BadInputs.NAMES.size() + 1)
        .allMatch(l -> l.startsWith("incidex: "));
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("stored          crocus"));
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("stored          line-1"));
    JsonNode root = JSON.readTree(exportOf(dir.resolve("mixed.db").toString()));
    assertThat(ids(root.get("documents"), "id")).containsExactlyInAnyOrder("crocus", "line-1");
  }

  @Test
  void aDocumentWithoutRunningTextIsKeptAsFailedAndExits1() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("failed"));
    Path cites = Files.writeString(dir.resolve("cites.txt"), "[1][2][3]\n");
    String store = dir.resolve("failed.db").toString();

    Cli.Run run = Cli.run("ingest", "--db", store, cites.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines().get(0)).isEqualTo("failed          cites (kept with its problems)");
    assertThat(run.errLines())
        .containsExactly("incidex: cites: no sentence of running text found; nothing extracted");
    Cli.Run again = Cli.run("ingest", "--db", store, cites.toString());
    assertThat(again.outLines().get(0)).isEqualTo("already stored  cites");
    Cli.Run exported = Cli.run("export", "--db", store);
    assertThat(exported.errLines())
        .containsExactly(
            "incidex: note: 1 stored document(s) failed extraction and add nothing: cites");
    assertThat(ids(JSON.readTree(exported.out()).get("documents"), "id")).containsExactly("cites");
  }
}
