package org.incidex.model;

/** The relations between actors of the spec. */
public enum Predicate {
  LEADER_OF,
  DEPUTY_OF,
  MEMBER_OF,
  BRANCH_OF,
  ALLEGIANCE_TO,
  APPOINTED,
  RENAMED_TO,
  SPLIT_FROM,
  ALLIED_WITH,
  OPPOSED_TO,
  FUNDED_BY,
  KILLED_BY,
  ARRESTED_BY;

  /** Relations that read the same both ways. */
  public boolean isSymmetric() {
    return this == ALLIED_WITH || this == OPPOSED_TO;
  }
}
