package org.incidex.store;

/**
 * The statements a store runs. Each backend's {@code statements-<backend>.sql} resource gives the
 * text of every one under a {@code -- name: CONSTANT} line; {@link SqlStatements} checks that none
 * is missing.
 */
enum Sql {
  CREATE_VERSION_TABLE,
  SCHEMA_VERSION,
  LOCK_SCHEMA,
  INSERT_VERSION,
  FIND_BY_HASH,
  FIND_BY_ID,
  DELETE_DOCUMENT,
  INSERT_DOCUMENT,
  INSERT_INCIDENT,
  INSERT_INCIDENT_ACTOR,
  INSERT_INCIDENT_SENTENCE,
  LOAD_DOCUMENTS,
  SEARCH_DOCUMENTS,
  SEARCH_SENTENCES,
  INSERT_DECISION,
  LIST_DECISIONS,
  CONTENT_STATE,
  COUNT_DECISIONS
}
