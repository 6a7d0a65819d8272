-- The Incidex store, PostgreSQL, schema version 1 (org.incidex.store.Schema runs this once, in one
-- transaction, then records the version in schema_version). Tables go in the connection's
-- current schema (set currentSchema=... in the JDBC URL to keep several stores in one database).
--
-- document keeps each ingested text and what was extracted from it (result: JSON in the shape
-- incidex-result/1, read back by ResultCodec). incident, incident_actor and incident_sentence
-- repeat each document's own incidents (before fusion across documents) in plain columns, for
-- people who query the database with SQL; Incidex itself reads only document. Rows are never
-- updated: a new version of a document deletes the old one (its incidents go with it).

CREATE TABLE document (
  doc_key        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id             TEXT        NOT NULL UNIQUE,
  content_sha256 TEXT        NOT NULL UNIQUE,  -- of the text's UTF-8 bytes, hex
  title          TEXT        NOT NULL,
  source         TEXT        NOT NULL,
  published      DATE,
  text           TEXT        NOT NULL,  -- the original text; offsets are UTF-16 code units into it
  ingested_at    TIMESTAMPTZ NOT NULL,
  failed         BOOLEAN     NOT NULL,  -- true: a fatal problem, no incidents
  result         JSONB       NOT NULL,
  -- Full-text search (incidex incidents --text): stemmed, case-insensitive.
  search         TSVECTOR GENERATED ALWAYS AS
                   (to_tsvector('english', title || ' ' || text)) STORED
);
CREATE INDEX document_search ON document USING gin (search);

CREATE TABLE incident (
  incident_key         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_key              BIGINT  NOT NULL REFERENCES document (doc_key) ON DELETE CASCADE,
  ordinal              INTEGER NOT NULL,  -- 0-based position among the document's incidents
  id                   TEXT    NOT NULL,
  kind                 TEXT    NOT NULL,  -- attack | security_operation
  type                 TEXT    NOT NULL,  -- bombing, armed_assault, ..., arrest, raid, airstrike
  date_start           DATE,              -- first day the date can mean
  date_end             DATE,              -- last day it can mean
  date_precision       TEXT,              -- day | month | part_of_year | year | decade
  place                TEXT,
  admin1               TEXT,
  country              TEXT,              -- ISO 3166-1 alpha-2
  lat                  DOUBLE PRECISION,
  lon                  DOUBLE PRECISION,
  killed               INTEGER,
  killed_qualifier     TEXT,              -- exact | at_least | over | about | up_to
  wounded              INTEGER,
  wounded_qualifier    TEXT,
  casualties           INTEGER,           -- a total of killed and wounded given only together
  casualties_qualifier TEXT,
  suicide              BOOLEAN,           -- NULL when the text does not say
  UNIQUE (doc_key, ordinal)
);
CREATE INDEX incident_country_date ON incident (country, date_start);

CREATE TABLE incident_actor (
  incident_key BIGINT NOT NULL REFERENCES incident (incident_key) ON DELETE CASCADE,
  role         TEXT   NOT NULL CHECK (role IN ('perpetrator', 'suspected')),
  name         TEXT   NOT NULL  -- as the document names it (canonical names come from fusion)
);
CREATE INDEX incident_actor_incident ON incident_actor (incident_key);
CREATE INDEX incident_actor_name ON incident_actor (name);

CREATE TABLE incident_sentence (
  sentence_key BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incident_key BIGINT  NOT NULL REFERENCES incident (incident_key) ON DELETE CASCADE,
  doc_key      BIGINT  NOT NULL REFERENCES document (doc_key) ON DELETE CASCADE,
  start_char   INTEGER NOT NULL,  -- UTF-16 offsets into document.text, end exclusive
  end_char     INTEGER NOT NULL,
  text         TEXT    NOT NULL,
  search       TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX incident_sentence_incident ON incident_sentence (incident_key);
CREATE INDEX incident_sentence_doc ON incident_sentence (doc_key);
CREATE INDEX incident_sentence_search ON incident_sentence USING gin (search);

-- Analysts' decisions about actors; applied when the view is combined.
CREATE TABLE decision (
  decision_key BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         TEXT        NOT NULL CHECK (kind IN ('merge', 'split')),
  actor        TEXT        NOT NULL,
  other        TEXT        NOT NULL,
  analyst      TEXT        NOT NULL,
  note         TEXT,
  decided_at   TIMESTAMPTZ NOT NULL
);
