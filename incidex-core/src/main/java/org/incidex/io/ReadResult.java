package org.incidex.io;

import java.util.List;
import org.incidex.model.Problem;
import org.incidex.text.Document;

/** The documents read from the inputs, and one problem per input that could not be read. */
public record ReadResult(List<Document> documents, List<Problem> problems) {
  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
