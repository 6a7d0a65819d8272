package org.incidex.model;

/** Categories of what or whom an incident targeted (the spec's list, GTD's target types). */
public enum Target {
  PRIVATE_CITIZENS,
  RELIGIOUS,
  MILITARY,
  POLICE,
  GOVERNMENT,
  DIPLOMATIC,
  EDUCATIONAL,
  BUSINESS,
  TRANSPORTATION,
  AIRPORTS_AIRCRAFT,
  JOURNALISTS_MEDIA,
  NGO,
  UTILITIES,
  TOURISTS,
  VIOLENT_POLITICAL_PARTY,
  NON_STATE_MILITIA,
  OTHER,
  UNKNOWN
}
