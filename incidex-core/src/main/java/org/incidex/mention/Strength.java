package org.incidex.mention;

/** How much an event word says on its own. */
public enum Strength {
  /** Reports an event by itself: "bombing", "arrested", "kidnapped". */
  STRONG,
  /** Reports an event only with other evidence: "attacked", "killed", "the incident". */
  WEAK,
  /** Says who or with what, not what happened: "gunmen", "suicide bomber", "grenades". */
  AGENT
}
