package org.incidex.store;

import java.util.List;
import org.incidex.fusion.ActorDecision;
import org.incidex.pipeline.DocumentResult;

/**
 * Where ingested documents and what was extracted from each are kept: a SQLite file or a PostgreSQL
 * database ({@link Stores#open}); callers never need to know which.
 *
 * <p>A store keeps per-document results, never the combined view: the database view is {@code
 * pipeline.combine(store.load())}, recomputed on demand, so a better fusion rule applies to
 * everything already stored. Besides, each backend keeps the incidents in plain columns and tables
 * ({@code incident}, {@code incident_sentence}) for people who query the file with SQL, and a
 * full-text index for {@link #search}.
 *
 * <p>A store is used by one thread at a time; several processes may share one database.
 */
public interface Store extends AutoCloseable {

  /**
   * Keeps one document's result, in one transaction: if anything fails, the store is as before and
   * a {@link StoreException} says why. The same text (by content hash) is never stored twice; the
   * same document id with another text replaces the old version. A failed result (fatal problems)
   * is kept with its text and problems, and no incidents.
   */
  IngestOutcome ingest(DocumentResult result);

  /** Whether a document with this text (SHA-256 hex, {@code Document.contentHash()}) is stored. */
  boolean contains(String contentHash);

  /**
   * Every stored document's result, without the analysis ({@link DocumentResult#withoutAnalysis}),
   * ordered by document id so the combined view does not depend on the order of ingestion.
   */
  List<DocumentResult> load();

  /** Documents and incident sentences whose words match the query (stemmed, case-insensitive). */
  TextMatches search(TextQuery query);

  /** Keeps an analyst's decision, to be applied when the view is combined. */
  void record(ActorDecision decision);

  /** Every decision recorded, oldest first. */
  List<ActorDecision> decisions();

  /**
   * A fingerprint of what is stored: it changes whenever a document is added, replaced or removed
   * or a decision is recorded, by this process or another, and costs far less than {@link #load}.
   * Callers that keep a combined view use it to know when to combine again.
   */
  String state();

  /** Closes the connection; a store is unusable afterwards. */
  @Override
  void close();
}
