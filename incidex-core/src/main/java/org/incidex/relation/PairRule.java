package org.incidex.relation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.model.Predicate;

/**
 * A relation stated by the words around two actor names: {@code A swore allegiance to B}. {@code
 * between} must match the whole text between the two names; {@code before}, when present, must
 * match the end of the text before the first name. {@code reversed} means the second name is the
 * subject ({@code B, led by A}). A named group {@code role} gives the relation's role; {@code
 * defaultRole} is used otherwise. A {@code dated} rule states an event ({@code swore allegiance},
 * {@code appointed}) and takes the sentence's date; titles and descriptions ({@code the leader of})
 * do not.
 */
record PairRule(
    String name,
    Predicate predicate,
    Optional<Pattern> before,
    Pattern between,
    boolean reversed,
    Kinds kinds,
    Optional<String> defaultRole,
    boolean dated) {
  PairRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(between, "between");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(defaultRole, "defaultRole");
  }

  /** Which sorts of actor the first and second name must be. */
  enum Kinds {
    PERSON_THEN_ORG,
    ORG_THEN_PERSON,
    ORG_THEN_ORG,
    PERSON_THEN_PERSON,
    PERSON_THEN_ANY,
    ANY_THEN_PERSON,
    ANY_THEN_ANY
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  static PairRule of(
      String name, Predicate p, String between, boolean reversed, Kinds kinds, String role) {
    return new PairRule(
        name,
        p,
        Optional.empty(),
        Pattern.compile("^(?:" + between + ")$", FLAGS),
        reversed,
        kinds,
        Optional.ofNullable(role),
        false);
  }

  /** The same rule, taking the sentence's date. */
  PairRule withDate() {
    return new PairRule(name, predicate, before, between, reversed, kinds, defaultRole, true);
  }

  static PairRule after(
      String name,
      Predicate p,
      String before,
      String between,
      boolean reversed,
      Kinds kinds,
      String role) {
    return new PairRule(
        name,
        p,
        Optional.of(Pattern.compile("(?:" + before + ")$", FLAGS)),
        Pattern.compile("^(?:" + between + ")$", FLAGS),
        reversed,
        kinds,
        Optional.ofNullable(role),
        false);
  }
}
