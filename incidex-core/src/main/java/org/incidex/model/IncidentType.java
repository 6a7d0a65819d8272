package org.incidex.model;

/**
 * What happened. Attack types are the Global Terrorism Database's; operation types are the spec's.
 * {@code rank} orders attack types by GTD's hierarchy: when several apply, the highest wins.
 */
public enum IncidentType {
  ASSASSINATION(Kind.ATTACK, 9),
  HIJACKING(Kind.ATTACK, 8),
  KIDNAPPING(Kind.ATTACK, 7),
  HOSTAGE_BARRICADE(Kind.ATTACK, 6),
  BOMBING(Kind.ATTACK, 5),
  ARMED_ASSAULT(Kind.ATTACK, 4),
  UNARMED_ASSAULT(Kind.ATTACK, 3),
  FACILITY_ATTACK(Kind.ATTACK, 2),
  UNKNOWN(Kind.ATTACK, 1),
  AIRSTRIKE(Kind.SECURITY_OPERATION, 4),
  RAID(Kind.SECURITY_OPERATION, 3),
  ARREST(Kind.SECURITY_OPERATION, 2),
  OTHER_OPERATION(Kind.SECURITY_OPERATION, 1);

  private final Kind kind;
  private final int rank;

  IncidentType(Kind kind, int rank) {
    this.kind = kind;
    this.rank = rank;
  }

  public Kind kind() {
    return kind;
  }

  public int rank() {
    return rank;
  }

  /** The type GTD's hierarchy prefers of the two (same kind assumed). */
  public static IncidentType higher(IncidentType a, IncidentType b) {
    return b.rank > a.rank ? b : a;
  }
}
