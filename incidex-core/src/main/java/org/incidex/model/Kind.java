package org.incidex.model;

/** What an incident is: an attack by a non-state armed group, or an action against one. */
public enum Kind {
  ATTACK,
  SECURITY_OPERATION
}
