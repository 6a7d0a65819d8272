package org.incidex.model;

/**
 * The part a phrase plays in a violent act, for the phrases that name participants and instruments
 * rather than actors or places: who did it, whom it harmed, what it hit, and with what.
 */
public enum Role {
  /**
   * A person or group of people who carried out the act: {@code urban terrorists}, {@code gunmen}.
   */
  PERPETRATOR,
  /** A person harmed or threatened: {@code jesuit priest ignacio ellacuria}. */
  VICTIM,
  /** A building, vehicle or installation hit: {@code las canas bridge}, {@code power towers}. */
  PHYSICAL_TARGET,
  /** The instrument: {@code car bomb}, {@code dynamite}, {@code m-16 rifles}. */
  WEAPON
}
