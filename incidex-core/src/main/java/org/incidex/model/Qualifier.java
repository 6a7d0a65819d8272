package org.incidex.model;

/** How a number is hedged: {@code over 170} is 170, {@code OVER}. */
public enum Qualifier {
  EXACT,
  AT_LEAST,
  OVER,
  ABOUT,
  UP_TO
}
