package org.incidex.mention;

import java.util.List;
import org.incidex.model.Problem;
import org.incidex.text.Sentence;

/**
 * Stage: finds mentions of one sort in a sentence. Reads the sentence (and the document context);
 * returns new mentions whose spans lie inside the sentence's span. Never changes its inputs.
 */
public interface MentionExtractor {
  List<Mention> extract(Sentence sentence, DocumentContext context);

  /** What in the sentence this extractor saw but could not use ("dozens killed"), if anything. */
  default List<Problem> problems(Sentence sentence) {
    return List.of();
  }
}
