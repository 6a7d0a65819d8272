package org.incidex.model;

/** An actor is an organisation (armed group, state force, state) or a person. */
public enum ActorType {
  ORGANIZATION,
  PERSON
}
