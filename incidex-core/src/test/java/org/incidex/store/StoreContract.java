package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.incidex.export.InterchangeJsonExporter;
import org.incidex.fusion.ActorDecision;
import org.incidex.model.Evidence;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.store.IngestOutcome.Status;
import org.incidex.testing.TestResults;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} backend must do. A subclass gives one fresh database per test, opened by
 * {@link #open(UnaryOperator)} as often as the test likes.
 */
abstract class StoreContract {
  private static final Pipeline COMBINER = Pipelines.standard(new PlainAnalyzer());

  /** Opens the test's database, the connection passed through {@code wrap} (a test double). */
  abstract Store open(UnaryOperator<Connection> wrap);

  /** A plain connection to the test's database, for checks in SQL. */
  abstract Connection sql() throws SQLException;

  Store open() {
    return open(c -> c);
  }

  static String export(Store store) throws IOException {
    StringWriter out = new StringWriter();
    new InterchangeJsonExporter().write(COMBINER.combine(store.load()), out);
    return out.toString();
  }

  List<List<Object>> rows(String query) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = sql();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getObject(i) instanceof Number n ? (Object) n.doubleValue() : r.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void anEmptyStoreLoadsNothing() {
    try (Store store = open()) {
      assertThat(store.load()).isEmpty();
      assertThat(store.decisions()).isEmpty();
    }
  }

  @Test
  void aStoredResultLoadsBackUnchangedWithItsEvidence() {
    DocumentResult rich = TestResults.rich("kerman");
    try (Store store = open()) {
      IngestOutcome outcome = store.ingest(rich);

      assertThat(outcome).isEqualTo(new IngestOutcome("kerman", Status.STORED, "kerman"));
      assertThat(store.load()).containsExactly(rich.withoutAnalysis());
      assertThat(store.contains(rich.document().contentHash())).isTrue();
    }
  }

  @Test
  void theSameTextTwiceIsStoredOnceAndTheExportIsUnchanged() throws IOException {
    DocumentResult rich = TestResults.rich("kerman");
    try (Store store = open()) {
      store.ingest(rich);
      String before = export(store);

      IngestOutcome again = store.ingest(rich);

      assertThat(again.status()).isEqualTo(Status.ALREADY_STORED);
      assertThat(store.load()).hasSize(1);
      assertThat(export(store)).isEqualTo(before);
    }
  }

  @Test
  void theSameTextUnderAnotherIdIsAlreadyStoredUnderTheFirst() {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));

      IngestOutcome copy = store.ingest(TestResults.rich("kerman-copy"));

      assertThat(copy).isEqualTo(new IngestOutcome("kerman-copy", Status.ALREADY_STORED, "kerman"));
      assertThat(store.load()).extracting(r -> r.document().id()).containsExactly("kerman");
    }
  }

  @Test
  void anotherTextUnderTheSameIdReplacesTheOldVersionAndItsIncidents() throws SQLException {
    DocumentResult first = TestResults.rich("kerman");
    DocumentResult second = TestResults.rich("kerman", TestResults.KERMAN + " A third sentence.");
    try (Store store = open()) {
      store.ingest(first);

      IngestOutcome outcome = store.ingest(second);

      assertThat(outcome.status()).isEqualTo(Status.REPLACED);
      assertThat(store.load()).containsExactly(second.withoutAnalysis());
      assertThat(store.contains(first.document().contentHash())).isFalse();
    }
    assertThat(rows("SELECT count(*) FROM incident")).containsExactly(List.of(2.0));
    assertThat(rows("SELECT count(*) FROM incident_sentence")).containsExactly(List.of(2.0));
  }

  @Test
  void aFailureMidDocumentLeavesTheStoreAsBefore() throws IOException, SQLException {
    try (Store good = open()) {
      good.ingest(TestResults.rich("kerman"));
    }
    String before;
    try (Store store = open()) {
      before = export(store);
    }
    try (Store failing =
        open(c -> FailingConnection.failingAt(c, "insert into incident_sentence"))) {
      DocumentResult other = TestResults.rich("other", TestResults.KERMAN + " More.");
      assertThatThrownBy(() -> failing.ingest(other))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot store document other")
          .hasMessageContaining("connection lost");
    }
    try (Store store = open()) {
      assertThat(export(store)).isEqualTo(before);
      assertThat(store.load()).extracting(r -> r.document().id()).containsExactly("kerman");
    }
    assertThat(rows("SELECT count(*) FROM incident")).containsExactly(List.of(2.0));
  }

  @Test
  void aFailureMidReplacementKeepsTheOldVersion() {
    DocumentResult first = TestResults.rich("kerman");
    try (Store store = open()) {
      store.ingest(first);
    }
    try (Store failing = open(c -> FailingConnection.failingAt(c, "insert into incident_actor"))) {
      DocumentResult second = TestResults.rich("kerman", TestResults.KERMAN + " Changed.");
      assertThatThrownBy(() -> failing.ingest(second)).isInstanceOf(StoreException.class);
      // The same store works on after a failed document.
      assertThat(failing.load()).containsExactly(first.withoutAnalysis());
    }
  }

  @Test
  void aFailedDocumentIsKeptWithItsTextAndProblemsButNoIncidents() throws SQLException {
    DocumentResult failed = TestResults.failed("broken", "[1][2][3]");
    try (Store store = open()) {
      assertThat(store.ingest(failed).status()).isEqualTo(Status.STORED);

      DocumentResult back = store.load().get(0);
      assertThat(back.document().text()).isEqualTo("[1][2][3]");
      assertThat(back.isFailed()).isTrue();
      assertThat(back.problems()).isEqualTo(failed.problems());
      assertThat(back.incidents()).isEmpty();
    }
    assertThat(rows("SELECT id FROM document WHERE failed = TRUE"))
        .containsExactly(List.of("broken"));
  }

  @Test
  void theSchemaIsCreatedOnce() throws SQLException {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));
    }
    try (Store store = open()) {
      assertThat(store.load()).hasSize(1);
    }
    assertThat(rows("SELECT version FROM schema_version")).containsExactly(List.of(1.0));
  }

  @Test
  void aDatabaseOfANewerSchemaIsRefused() throws SQLException {
    open().close();
    try (Connection c = sql();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO schema_version (version, applied_at) VALUES (99, CURRENT_TIMESTAMP)");
    }

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99, newer than this Incidex knows (1)");
  }

  @Test
  void incidentsAreQueryableInPlainColumns() throws SQLException {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));
    }

    assertThat(
            rows(
                "SELECT kind, type, CAST(date_start AS TEXT), CAST(date_end AS TEXT),"
                    + " date_precision, place, country, lat, lon, killed, killed_qualifier,"
                    + " wounded, wounded_qualifier, casualties FROM incident ORDER BY ordinal"))
        .containsExactly(
            List.of(
                "attack",
                "bombing",
                "2024-01-03",
                "2024-01-03",
                "day",
                "Kerman",
                "IR",
                30.28333,
                57.08333,
                94.0,
                "exact",
                284.0,
                "at_least",
                378.0),
            new ArrayList<>(
                java.util.Arrays.asList(
                    "security_operation",
                    "arrest",
                    "2024-01-01",
                    "2024-01-05",
                    "month",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
    assertThat(rows("SELECT role, name FROM incident_actor ORDER BY role"))
        .containsExactly(List.of("perpetrator", "ISIS–K"), List.of("suspected", "Islamic State"));
  }

  @Test
  void searchFindsIncidentSentencesByStemmedWords() {
    DocumentResult rich = TestResults.rich("kerman");
    try (Store store = open()) {
      store.ingest(rich);

      TextMatches matches = store.search(TextQuery.parse("Bomber ISIS-K"));

      Evidence first = new Evidence("kerman", rich.incidents().get(0).mentions().get(0).span());
      assertThat(matches.sentences()).containsExactly(first);
      assertThat(matches.matches(rich.incidents().get(0).mentions().get(0))).isTrue();
      assertThat(matches.documentIds()).containsExactly("kerman");
    }
  }

  @Test
  void aPhraseMustOccurInOrder() {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));

      assertThat(store.search(TextQuery.parse("\"suspects arrested\"")).documentIds()).isEmpty();
      assertThat(store.search(TextQuery.parse("\"arrested 11 suspects\"")).sentences()).hasSize(1);
    }
  }

  @Test
  void searchFindsDocumentsByWordsOutsideIncidentSentences() {
    try (Store store = open()) {
      store.ingest(TestResults.empty("quiet", "The weather in Herat stayed calm all week."));
      store.ingest(TestResults.rich("kerman"));

      TextMatches matches = store.search(TextQuery.parse("herat"));

      assertThat(matches.documentIds()).containsExactly("quiet");
      assertThat(matches.sentences()).isEmpty();
    }
  }

  @Test
  void aReplacedDocumentIsNoLongerFound() {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));
      store.ingest(TestResults.empty("kerman", "Nothing about that any more."));

      assertThat(store.search(TextQuery.parse("bombers")).documentIds()).isEmpty();
      assertThat(store.search(TextQuery.parse("bombers")).sentences()).isEmpty();
    }
  }

  @Test
  void theStateChangesWithEveryChangeOfContentAndOnlyThen() {
    try (Store store = open()) {
      String empty = store.state();
      assertThat(store.state()).isEqualTo(empty);

      store.ingest(TestResults.rich("kerman"));
      String one = store.state();
      store.ingest(TestResults.rich("kerman"));
      String same = store.state();
      store.ingest(TestResults.rich("kerman", TestResults.KERMAN + " A third sentence."));
      String replaced = store.state();
      store.record(
          new ActorDecision(
              ActorDecision.Kind.MERGE,
              "ISIS-K",
              "ISKP",
              "analyst-1",
              Optional.empty(),
              Instant.parse("2026-11-26T10:15:30Z")));
      String decided = store.state();

      assertThat(one).isNotEqualTo(empty);
      assertThat(same).isEqualTo(one);
      assertThat(replaced).isNotIn(empty, one);
      assertThat(decided).isNotIn(empty, one, replaced);
    }
  }

  @Test
  void decisionsAreListedInTheOrderRecorded() {
    ActorDecision merge =
        new ActorDecision(
            ActorDecision.Kind.MERGE,
            "Islamic State – Khorasan Province",
            "ISKP",
            "analyst-1",
            Optional.of("same group, per UN report"),
            Instant.parse("2026-11-26T10:15:30.123456Z"));
    ActorDecision split =
        new ActorDecision(
            ActorDecision.Kind.SPLIT,
            "Islamic State",
            "IS",
            "analyst-2",
            Optional.empty(),
            Instant.parse("2026-11-26T10:16:00Z"));
    try (Store store = open()) {
      store.record(merge);
      store.record(split);
    }
    try (Store store = open()) {
      assertThat(store.decisions()).containsExactly(merge, split);
    }
  }

  @Test
  void loadOrdersDocumentsByIdWhateverTheOrderOfIngestion() {
    try (Store store = open()) {
      store.ingest(TestResults.empty("b", "Second text."));
      store.ingest(TestResults.empty("c", "Third text."));
      store.ingest(TestResults.empty("a", "First text."));

      assertThat(store.load()).extracting(r -> r.document().id()).containsExactly("a", "b", "c");
    }
  }
}
