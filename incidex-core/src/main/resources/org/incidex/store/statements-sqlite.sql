-- The statements of the SQLite store (org.incidex.store.Sql names them). Parameters are bound
-- in the order they appear.

-- name: CREATE_VERSION_TABLE
CREATE TABLE IF NOT EXISTS schema_version (
  version    INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL
);

-- name: SCHEMA_VERSION
SELECT coalesce(max(version), 0) FROM schema_version;

-- name: LOCK_SCHEMA
-- The transaction began IMMEDIATE (SqliteStore's connection setting): it holds the write lock.
SELECT 1;

-- name: INSERT_VERSION
INSERT INTO schema_version (version, applied_at) VALUES (?, ?);

-- name: FIND_BY_HASH
SELECT id FROM document WHERE content_sha256 = ?;

-- name: FIND_BY_ID
SELECT doc_key FROM document WHERE id = ?;

-- name: DELETE_DOCUMENT
DELETE FROM document WHERE doc_key = ?;

-- name: INSERT_DOCUMENT
INSERT INTO document (id, content_sha256, title, source, published, text, ingested_at, failed, result)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING doc_key;

-- name: INSERT_INCIDENT
INSERT INTO incident (doc_key, ordinal, id, kind, type, date_start, date_end, date_precision,
                      place, admin1, country, lat, lon, killed, killed_qualifier,
                      wounded, wounded_qualifier, casualties, casualties_qualifier, suicide)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING incident_key;

-- name: INSERT_INCIDENT_ACTOR
INSERT INTO incident_actor (incident_key, role, name) VALUES (?, ?, ?);

-- name: INSERT_INCIDENT_SENTENCE
INSERT INTO incident_sentence (incident_key, doc_key, start_char, end_char, text)
VALUES (?, ?, ?, ?, ?);

-- name: LOAD_DOCUMENTS
SELECT id, title, source, published, text, result FROM document ORDER BY id;

-- name: SEARCH_DOCUMENTS
SELECT document.id
FROM document_fts JOIN document ON document.doc_key = document_fts.rowid
WHERE document_fts MATCH ?
ORDER BY bm25(document_fts), document.id;

-- name: SEARCH_SENTENCES
SELECT DISTINCT document.id, incident_sentence.start_char, incident_sentence.end_char
FROM incident_sentence_fts
JOIN incident_sentence ON incident_sentence.sentence_key = incident_sentence_fts.rowid
JOIN document ON document.doc_key = incident_sentence.doc_key
WHERE incident_sentence_fts MATCH ?;

-- name: INSERT_DECISION
INSERT INTO decision (kind, actor, other, analyst, note, decided_at) VALUES (?, ?, ?, ?, ?, ?);

-- name: LIST_DECISIONS
SELECT kind, actor, other, analyst, note, decided_at FROM decision ORDER BY decision_key;

-- name: CONTENT_STATE
SELECT id, content_sha256 FROM document ORDER BY id;

-- name: COUNT_DECISIONS
SELECT count(*) FROM decision;
