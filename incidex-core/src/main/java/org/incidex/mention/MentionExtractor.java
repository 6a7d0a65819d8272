package org.incidex.mention;

import java.util.List;
import org.incidex.text.Sentence;

/**
 * Stage: finds mentions of one sort in a sentence. Reads the sentence (and the document context);
 * returns new mentions whose spans lie inside the sentence's span. Never changes its inputs.
 */
public interface MentionExtractor {
  List<Mention> extract(Sentence sentence, DocumentContext context);
}
