package org.incidex.model;

/** How a text ties a group to an act. Only CLAIMED and STATED make a perpetrator. */
public enum Attribution {
  /** The group claimed it ("claimed responsibility"). */
  CLAIMED,
  /** The text states it as fact ("an ISIS–K suicide bomber", "al-Shabab launched"). */
  STATED,
  /** Suspected, blamed or hinted at by others; exported as our own {@code suspected} field. */
  SUSPECTED
}
