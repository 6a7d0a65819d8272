package org.incidex.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation between two actors that the texts state, with its date or tenure, the role it concerns
 * ({@code emir of Kunar}) and every sentence that states it. {@code object} may be a description
 * for {@code FUNDED_BY} ({@code local taxation}).
 */
public record Relation(
    String subject,
    Predicate predicate,
    String object,
    Optional<When> date,
    Optional<String> role,
    List<SentenceRef> mentions) {
  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(role, "role");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("relation has no mention: " + subject + " " + predicate);
    }
  }
}
