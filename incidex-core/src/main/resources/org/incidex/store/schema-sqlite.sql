-- The Incidex store, SQLite, schema version 1 (org.incidex.store.Schema runs this once, in one
-- transaction, then records the version in schema_version).
--
-- document keeps each ingested text and what was extracted from it (result: JSON in the shape
-- incidex-result/1, read back by ResultCodec). incident, incident_actor and incident_sentence
-- repeat each document's own incidents (before fusion across documents) in plain columns, for
-- people who query this file with SQL; Incidex itself reads only document. Rows are never
-- updated: a new version of a document deletes the old one (its incidents go with it).

CREATE TABLE document (
  doc_key        INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL UNIQUE,
  content_sha256 TEXT    NOT NULL UNIQUE,  -- of the text's UTF-8 bytes, hex
  title          TEXT    NOT NULL,
  source         TEXT    NOT NULL,
  published      TEXT,                     -- YYYY-MM-DD
  text           TEXT    NOT NULL,         -- the original text; offsets are UTF-16 code units into it
  ingested_at    TEXT    NOT NULL,         -- ISO 8601 instant, UTC
  failed         INTEGER NOT NULL CHECK (failed IN (0, 1)),  -- 1: a fatal problem, no incidents
  result         TEXT    NOT NULL CHECK (json_valid(result))
);

CREATE TABLE incident (
  incident_key         INTEGER PRIMARY KEY,
  doc_key              INTEGER NOT NULL REFERENCES document (doc_key) ON DELETE CASCADE,
  ordinal              INTEGER NOT NULL,  -- 0-based position among the document's incidents
  id                   TEXT    NOT NULL,
  kind                 TEXT    NOT NULL,  -- attack | security_operation
  type                 TEXT    NOT NULL,  -- bombing, armed_assault, ..., arrest, raid, airstrike
  date_start           TEXT,              -- first day the date can mean, YYYY-MM-DD
  date_end             TEXT,              -- last day it can mean
  date_precision       TEXT,              -- day | month | part_of_year | year | decade
  place                TEXT,
  admin1               TEXT,
  country              TEXT,              -- ISO 3166-1 alpha-2
  lat                  REAL,
  lon                  REAL,
  killed               INTEGER,
  killed_qualifier     TEXT,              -- exact | at_least | over | about | up_to
  wounded              INTEGER,
  wounded_qualifier    TEXT,
  casualties           INTEGER,           -- a total of killed and wounded given only together
  casualties_qualifier TEXT,
  suicide              INTEGER,           -- 1, 0, or NULL when the text does not say
  UNIQUE (doc_key, ordinal)
);
CREATE INDEX incident_country_date ON incident (country, date_start);

CREATE TABLE incident_actor (
  incident_key INTEGER NOT NULL REFERENCES incident (incident_key) ON DELETE CASCADE,
  role         TEXT    NOT NULL CHECK (role IN ('perpetrator', 'suspected')),
  name         TEXT    NOT NULL  -- as the document names it (canonical names come from fusion)
);
CREATE INDEX incident_actor_incident ON incident_actor (incident_key);
CREATE INDEX incident_actor_name ON incident_actor (name);

CREATE TABLE incident_sentence (
  sentence_key INTEGER PRIMARY KEY,
  incident_key INTEGER NOT NULL REFERENCES incident (incident_key) ON DELETE CASCADE,
  doc_key      INTEGER NOT NULL REFERENCES document (doc_key) ON DELETE CASCADE,
  start_char   INTEGER NOT NULL,  -- UTF-16 offsets into document.text, end exclusive
  end_char     INTEGER NOT NULL,
  text         TEXT    NOT NULL
);
CREATE INDEX incident_sentence_incident ON incident_sentence (incident_key);
CREATE INDEX incident_sentence_doc ON incident_sentence (doc_key);

-- Analysts' decisions about actors; applied when the view is combined.
CREATE TABLE decision (
  decision_key INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  actor        TEXT NOT NULL,
  other        TEXT NOT NULL,
  analyst      TEXT NOT NULL,
  note         TEXT,
  decided_at   TEXT NOT NULL  -- ISO 8601 instant, UTC
);

-- Full-text search (incidex incidents --text): stemmed, case- and diacritic-insensitive. The
-- indexes hold no copy of the text (content=...); triggers keep them in step.
CREATE VIRTUAL TABLE document_fts USING fts5 (
  title, text, content = 'document', content_rowid = 'doc_key',
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
  INSERT INTO document_fts (document_fts, rowid, title, text)
    VALUES ('delete', old.doc_key, old.title, old.text);
END;

CREATE VIRTUAL TABLE incident_sentence_fts USING fts5 (
  text, content = 'incident_sentence', content_rowid = 'sentence_key',
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER incident_sentence_fts_insert AFTER INSERT ON incident_sentence BEGIN
  INSERT INTO incident_sentence_fts (rowid, text) VALUES (new.sentence_key, new.text);
END;
CREATE TRIGGER incident_sentence_fts_delete AFTER DELETE ON incident_sentence BEGIN
  INSERT INTO incident_sentence_fts (incident_sentence_fts, rowid, text)
    VALUES ('delete', old.sentence_key, old.text);
END;
