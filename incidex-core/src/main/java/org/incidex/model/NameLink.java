package org.incidex.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Why {@code name} is one of an actor's names: the {@code basis} of the link, what it went {@code
 * via} (the lexicon's canonical name, the other name of "Name (ACR)", the full name a short name
 * abbreviates, the name two documents' actors shared, the analyst), and where the text said it.
 */
public record NameLink(String name, LinkBasis basis, String via, Optional<Evidence> evidence) {
  public NameLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * One line for people: {@code ISKP: lexicon (Islamic State – Khorasan Province) @ doc 12..16}.
   */
  public String explain() {
    String why =
        switch (basis) {
          case AS_WRITTEN -> "as written";
          case LEXICON -> "the lexicon lists it as a name of " + via;
          case NATIONALITY -> "a nationality naming " + via;
          case TEXT_ALIAS -> "the text gives it as another name of " + via;
          case SHORT_NAME -> "short for " + via;
          case SAME_NAME -> "the same name as " + via + ", written differently";
          case SHARED_NAME -> "an actor of another document, which also has the name " + via;
          case ANALYST -> "analyst decision: " + via;
        };
    return name + ": " + why + evidence.map(e -> " @ " + e.docId() + " " + e.span()).orElse("");
  }
}
