-- The statements of the PostgreSQL store (org.incidex.store.Sql names them). Parameters are
-- bound in the order they appear, as text where a cast follows.

-- name: CREATE_VERSION_TABLE
CREATE TABLE IF NOT EXISTS schema_version (
  version    INTEGER PRIMARY KEY,
  applied_at TIMESTAMPTZ NOT NULL
);

-- name: SCHEMA_VERSION
SELECT coalesce(max(version), 0) FROM schema_version;

-- name: LOCK_SCHEMA
-- Two processes opening a new database at once: the second waits, then finds the schema made.
SELECT pg_advisory_xact_lock(7349001);

-- name: INSERT_VERSION
INSERT INTO schema_version (version, applied_at) VALUES (?, CAST(? AS timestamptz));

-- name: FIND_BY_HASH
SELECT id FROM document WHERE content_sha256 = ?;

-- name: FIND_BY_ID
SELECT doc_key FROM document WHERE id = ?;

-- name: DELETE_DOCUMENT
DELETE FROM document WHERE doc_key = ?;

-- name: INSERT_DOCUMENT
INSERT INTO document (id, content_sha256, title, source, published, text, ingested_at, failed, result)
VALUES (?, ?, ?, ?, CAST(? AS date), ?, CAST(? AS timestamptz), ?, CAST(? AS jsonb))
RETURNING doc_key;

-- name: INSERT_INCIDENT
INSERT INTO incident (doc_key, ordinal, id, kind, type, date_start, date_end, date_precision,
                      place, admin1, country, lat, lon, killed, killed_qualifier,
                      wounded, wounded_qualifier, casualties, casualties_qualifier, suicide)
VALUES (?, ?, ?, ?, ?, CAST(? AS date), CAST(? AS date), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING incident_key;

-- name: INSERT_INCIDENT_ACTOR
INSERT INTO incident_actor (incident_key, role, name) VALUES (?, ?, ?);

-- name: INSERT_INCIDENT_SENTENCE
INSERT INTO incident_sentence (incident_key, doc_key, start_char, end_char, text)
VALUES (?, ?, ?, ?, ?);

-- name: LOAD_DOCUMENTS
SELECT id, title, source, CAST(published AS text), text, CAST(result AS text)
FROM document ORDER BY id COLLATE "C";

-- name: SEARCH_DOCUMENTS
WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query)
SELECT document.id
FROM document, q
WHERE document.search @@ q.query
ORDER BY ts_rank(document.search, q.query) DESC, document.id COLLATE "C";

-- name: SEARCH_SENTENCES
WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query)
SELECT DISTINCT document.id, incident_sentence.start_char, incident_sentence.end_char
FROM incident_sentence JOIN document USING (doc_key), q
WHERE incident_sentence.search @@ q.query;

-- name: INSERT_DECISION
INSERT INTO decision (kind, actor, other, analyst, note, decided_at)
VALUES (?, ?, ?, ?, ?, CAST(? AS timestamptz));

-- name: LIST_DECISIONS
SELECT kind, actor, other, analyst, note, to_json(decided_at) #>> '{}'
FROM decision ORDER BY decision_key;

-- name: CONTENT_STATE
SELECT id, content_sha256 FROM document ORDER BY id;

-- name: COUNT_DECISIONS
SELECT count(*) FROM decision;
