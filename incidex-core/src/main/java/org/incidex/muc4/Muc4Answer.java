package org.incidex.muc4;

import java.util.List;
import java.util.Objects;

/**
 * Our templates for one document. Every mention must be an exact substring of the document's text:
 * one that is not is a bug of ours, and the constructor throws.
 */
public record Muc4Answer(Muc4Document document, List<Template> templates) {
  public Muc4Answer {
    Objects.requireNonNull(document, "document");
    templates = List.copyOf(templates);
    for (Template t : templates) {
      for (List<Filler> fillers : t.slots().values()) {
        for (Filler f : fillers) {
          for (String m : f.mentions()) {
            if (m.isEmpty() || !document.doctext().contains(m)) {
              throw new IllegalArgumentException(
                  document.docid() + ": \"" + m + "\" is not a substring of the text");
            }
          }
        }
      }
    }
  }

  public String docid() {
    return document.docid();
  }
}
