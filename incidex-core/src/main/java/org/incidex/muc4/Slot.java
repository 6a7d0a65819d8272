package org.incidex.muc4;

/** The five string slots of a MUC-4 template, with the names the JSONL files give them. */
public enum Slot {
  /** PERP: INDIVIDUAL ID ({@code guerrillas}, {@code urban terrorists}). */
  PERP_IND("PerpInd"),
  /** PERP: ORGANIZATION ID ({@code fmln}, {@code shining path}). */
  PERP_ORG("PerpOrg"),
  /** PHYS TGT: ID ({@code las canas bridge}). */
  TARGET("Target"),
  /** HUM TGT: NAME ({@code cerezo}, {@code peasants}). */
  VICTIM("Victim"),
  /** INCIDENT: INSTRUMENT ID ({@code car bomb}). */
  WEAPON("Weapon");

  private final String jsonName;

  Slot(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
