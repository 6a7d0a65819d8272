package org.incidex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.incidex.export.SpecNames;
import org.incidex.fusion.ActorDecision;
import org.incidex.model.Evidence;
import org.incidex.pipeline.DocumentResult;
import org.incidex.text.Document;
import org.incidex.text.Span;

/**
 * A store over one JDBC connection; the backends differ only in how they connect and in their SQL
 * resources ({@link SqlStatements}). The connection stays in auto-commit mode, so reads hold no
 * lock between calls; each write runs in a transaction of its own ({@link #inTransaction}).
 */
abstract sealed class JdbcStore implements Store permits SqliteStore, PostgresStore {
  private final Connection connection;
  private final SqlStatements sql;
  private final String database;
  private final ResultCodec codec;
  private final IncidentRows rows;
  private final Clock clock;

  /**
   * Takes ownership of the connection, creating the schema if the database has none.
   *
   * @param database how messages name the database (a path, or a URL without credentials)
   */
  JdbcStore(
      Connection connection, SqlStatements sql, String database, ResultCodec codec, Clock clock) {
    this.connection = connection;
    this.sql = sql;
    this.database = database;
    this.codec = codec;
    this.rows = new IncidentRows(sql);
    this.clock = clock;
    inTransaction(
        "create the store's tables",
        c -> {
          Schema.prepare(c, sql, database);
          return null;
        });
  }

  @Override
  public IngestOutcome ingest(DocumentResult result) {
    Document d = result.document();
    // spec (issue 2): a failed document keeps its text and problems, and yields no incidents.
    DocumentResult kept =
        result.isFailed() ? DocumentResult.failed(d, result.problems()) : result.withoutAnalysis();
    String json = codec.encode(kept);
    String hash = d.contentHash();
    return inTransaction(
        "store document " + d.id(),
        c -> {
          Optional<String> same = first(c, Sql.FIND_BY_HASH, hash, r -> r.getString(1));
          if (same.isPresent()) {
            return new IngestOutcome(d.id(), IngestOutcome.Status.ALREADY_STORED, same.get());
          }
          Optional<Long> prior = first(c, Sql.FIND_BY_ID, d.id(), r -> r.getLong(1));
          if (prior.isPresent()) {
            try (PreparedStatement p = c.prepareStatement(sql.get(Sql.DELETE_DOCUMENT))) {
              p.setLong(1, prior.get());
              p.executeUpdate();
            }
          }
          long key = insertDocument(c, d, hash, kept.isFailed(), json);
          rows.write(c, key, kept.incidents());
          return new IngestOutcome(
              d.id(),
              prior.isPresent() ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.STORED,
              d.id());
        });
  }

  private long insertDocument(Connection c, Document d, String hash, boolean failed, String json)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql.get(Sql.INSERT_DOCUMENT))) {
      p.setString(1, d.id());
      p.setString(2, hash);
      p.setString(3, d.title());
      p.setString(4, d.source());
      p.setString(5, d.published().map(LocalDate::toString).orElse(null));
      p.setString(6, d.text());
      p.setString(7, clock.instant().toString());
      p.setBoolean(8, failed);
      p.setString(9, json);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public boolean contains(String contentHash) {
    return read(
        "look up a document", c -> first(c, Sql.FIND_BY_HASH, contentHash, r -> true).isPresent());
  }

  @Override
  public List<DocumentResult> load() {
    return read(
        "read the stored documents",
        c -> {
          List<DocumentResult> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.LOAD_DOCUMENTS));
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              Document d =
                  new Document(
                      r.getString(1),
                      r.getString(5),
                      r.getString(2),
                      r.getString(3),
                      Optional.ofNullable(r.getString(4)).map(LocalDate::parse));
              out.add(codec.decode(d, r.getString(6)));
            }
          }
          return out;
        });
  }

  @Override
  public TextMatches search(TextQuery query) {
    String match = query.render();
    return read(
        "search for " + match,
        c -> {
          List<String> documents = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.SEARCH_DOCUMENTS))) {
            p.setString(1, match);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                documents.add(r.getString(1));
              }
            }
          }
          Set<Evidence> sentences = new HashSet<>();
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.SEARCH_SENTENCES))) {
            p.setString(1, match);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                sentences.add(new Evidence(r.getString(1), new Span(r.getInt(2), r.getInt(3))));
              }
            }
          }
          return new TextMatches(documents, sentences);
        });
  }

  @Override
  public void record(ActorDecision decision) {
    inTransaction(
        "record a decision",
        c -> {
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.INSERT_DECISION))) {
            p.setString(1, SpecNames.of(decision.kind()));
            p.setString(2, decision.actor());
            p.setString(3, decision.other());
            p.setString(4, decision.analyst());
            p.setString(5, decision.note().orElse(null));
            p.setString(6, decision.decidedAt().toString());
            p.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<ActorDecision> decisions() {
    return read(
        "read the decisions",
        c -> {
          List<ActorDecision> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.LIST_DECISIONS));
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              out.add(
                  new ActorDecision(
                      ActorDecision.Kind.valueOf(r.getString(1).toUpperCase(Locale.ROOT)),
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      Optional.ofNullable(r.getString(5)),
                      OffsetDateTime.parse(r.getString(6)).toInstant()));
            }
          }
          return out;
        });
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException(database + ": cannot close: " + e.getMessage(), e);
    }
  }

  /** Work on the connection that may throw SQL errors. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: all of it is committed, or none of it. Auto-commit is
   * back on afterwards, so no lock outlives the call (SQLite's driver would otherwise begin the
   * next transaction at once, holding the write lock).
   */
  private <T> T inTransaction(String what, SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
      T out = work.run(connection);
      connection.commit();
      connection.setAutoCommit(true);
      return out;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e instanceof StoreException s ? s : failure(what, e);
    }
  }

  @Override
  public String state() {
    return read(
        "read the store's state",
        c -> {
          StringBuilder state = new StringBuilder();
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.CONTENT_STATE));
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              state.append(r.getString(1)).append('\u0000').append(r.getString(2)).append('\n');
            }
          }
          try (PreparedStatement p = c.prepareStatement(sql.get(Sql.COUNT_DECISIONS));
              ResultSet r = p.executeQuery()) {
            r.next();
            state.append("decisions ").append(r.getLong(1));
          }
          return Document.sha256(state.toString());
        });
  }

  private <T> T read(String what, SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(database + ": cannot " + what + ": " + e.getMessage(), e);
  }

  /** Reads one column of the first row of a one-parameter query. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> Optional<T> first(Connection c, Sql statement, String parameter, RowReader<T> row)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql.get(statement))) {
      p.setString(1, parameter);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(row.read(r)) : Optional.empty();
      }
    }
  }
}
