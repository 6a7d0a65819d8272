package org.incidex.model;

/** Why a name is one of an actor's names: what evidence joined it to the actor. */
public enum LinkBasis {
  /** The name as the text writes it, taken as the actor's own name. */
  AS_WRITTEN,
  /** Incidex's lexicon of armed groups and state forces lists it as a name of the actor. */
  LEXICON,
  /** A nationality and a noun name a state or its forces: "Kenyan authorities" is Kenya. */
  NATIONALITY,
  /** The text gives both names: "Name (ACR)", "also known as", "becoming known as". */
  TEXT_ALIAS,
  /** A shortened name of one given in full in the same document: "al-Baghdadi", "Amaq". */
  SHORT_NAME,
  /** The same name up to case, dashes, dots and spaces: "U.S." and "US", "al Qaeda". */
  SAME_NAME,
  /** Actors of different documents that carry a name in common. */
  SHARED_NAME,
  /** An analyst's decision. */
  ANALYST
}
