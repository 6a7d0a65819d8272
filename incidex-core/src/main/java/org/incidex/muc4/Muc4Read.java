package org.incidex.muc4;

import java.util.List;
import org.incidex.model.Problem;

/** The documents read from a MUC-4 JSONL file, and one problem per line that could not be used. */
public record Muc4Read(List<Muc4Document> documents, List<Problem> problems) {
  public Muc4Read {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
