package org.incidex.mention.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.incidex.model.WherePrecision;
import org.incidex.text.Span;

/**
 * A place name found in a sentence, before the gazetteer says which place it is.
 *
 * @param first index of its first word
 * @param last index of its last word (a division word or site head included)
 * @param span its characters in the document
 * @param name the name to look up, without a division word ("Takhar" of "Takhar Province")
 * @param fullName the name with its division word, tried first ("Moscow Oblast")
 * @param kind the precision the words themselves give (SITE, PROVINCE, DISTRICT, TOWN), if any
 * @param preposition the word that introduces it, empty when none
 * @param qualifiers the places named after it with a comma ("Kerman, Iran")
 * @param entityTagged whether CoreNLP tagged it as a location
 */
record Spot(
    int first,
    int last,
    Span span,
    String name,
    Optional<String> fullName,
    Optional<WherePrecision> kind,
    String preposition,
    List<Spot> qualifiers,
    boolean entityTagged) {
  Spot {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preposition, "preposition");
    qualifiers = List.copyOf(qualifiers);
  }

  /** The index of the last word it covers with its qualifiers. */
  int end() {
    return qualifiers.isEmpty() ? last : qualifiers.get(qualifiers.size() - 1).end();
  }

  Spot withQualifiers(List<Spot> q) {
    return new Spot(first, last, span, name, fullName, kind, preposition, q, entityTagged);
  }

  Spot withPreposition(String p) {
    return new Spot(first, last, span, name, fullName, kind, p, qualifiers, entityTagged);
  }

  Spot withKind(WherePrecision k) {
    return new Spot(
        first, last, span, name, fullName, Optional.of(k), preposition, qualifiers, entityTagged);
  }
}
