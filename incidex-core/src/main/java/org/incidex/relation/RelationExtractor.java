package org.incidex.relation;

import java.util.List;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Incident;
import org.incidex.model.Relation;

/**
 * Stage: the relations between actors that a document states. Reads the document's sentences with
 * their resolved mentions, and the document's incidents (a named victim of a claimed attack was
 * killed by its perpetrator); returns relations whose subject and object are actor names as
 * resolved in that document, each with the sentences that state it.
 */
public interface RelationExtractor {
  List<Relation> extract(List<SentenceMentions> document, List<Incident> incidents);
}
