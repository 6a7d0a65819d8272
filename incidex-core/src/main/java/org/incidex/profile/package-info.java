/**
 * Views of the combined database for people: an actor's profile (names and why, parent and
 * branches, leaders over time, members, allegiances, funding, other relations, incidents
 * attributed) and the list of actors with counts. Reads an {@code ExtractionResult}; every fact
 * keeps the sentences that state it.
 */
package org.incidex.profile;
