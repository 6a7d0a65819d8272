package org.incidex.store;

/**
 * A store could not do what was asked: the database is unreachable, locked, written by a newer
 * Incidex, or holds a row it cannot read. The message names the database or the document.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
