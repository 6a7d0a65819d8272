package org.incidex.model;

/** What a casualty figure counts. {@code CASUALTIES} joins deaths and injuries in one total. */
public enum Harm {
  KILLED,
  WOUNDED,
  CASUALTIES
}
