package org.incidex.mention;

/** What sort of actor a name stands for; decides whether it can be a perpetrator or a force. */
public enum ActorClass {
  /** A non-state armed group (or a person in one). */
  ARMED_GROUP,
  /** A state, government or its forces, police, intelligence. */
  STATE,
  /** Media, NGOs, international bodies, parties, companies: named, rarely a party to violence. */
  OTHER,
  /** A person whose affiliation the name does not say. */
  PERSON
}
