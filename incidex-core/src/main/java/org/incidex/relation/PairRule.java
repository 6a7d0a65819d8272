package org.incidex.relation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.model.Predicate;

/**
 * A relation stated by the words around two actor names: {@code A swore allegiance to B}. {@code
 * between} must match the whole text between the two names (parenthetical remarks between them cut
 * out); {@code before}, when present, must match the end of the text before the first name; {@code
 * sentence}, when present, must occur somewhere in the sentence. {@code reversed} means the second
 * name is the subject ({@code B, led by A}). A named group {@code role} gives the relation's role;
 * {@code defaultRole} is used otherwise. {@code dates} says which date the relation takes: none (a
 * title), the sentence's ({@code In 2004, Zarqawi swore allegiance}), or only one written next to
 * the names ({@code the 2020 assassination of}). {@code reach}: a {@link Reach#NEAR} rule needs the
 * two names close; a {@link Reach#CLAUSE} rule lets a clause stand between them, but no other actor
 * (except a possessive that modifies a noun: {@code ISIS–K's founding}).
 */
record PairRule(
    String name,
    Predicate predicate,
    Optional<Pattern> before,
    Pattern between,
    boolean reversed,
    Kinds kinds,
    Optional<String> defaultRole,
    DateScope dates,
    Reach reach,
    Optional<Pattern> sentence,
    Optional<Pattern> then,
    boolean verbal) {
  PairRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(between, "between");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(defaultRole, "defaultRole");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(then, "then");
  }

  /** Which sorts of actor the first and second name must be. */
  enum Kinds {
    PERSON_THEN_ORG,
    ORG_THEN_PERSON,
    ORG_THEN_ORG,
    PERSON_THEN_PERSON,
    PERSON_THEN_ANY,
    ANY_THEN_PERSON,
    ORG_THEN_ANY,
    ANY_THEN_ANY
  }

  /** Which date a relation takes. */
  enum DateScope {
    NONE,
    SENTENCE,
    LOCAL
  }

  /** How far apart the two names may be. */
  enum Reach {
    NEAR,
    CLAUSE
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A rule: {@code between} the first (subject) and second (object) name, any sorts of actor. */
  static PairRule of(String name, Predicate p, String between) {
    return new PairRule(
        name,
        p,
        Optional.empty(),
        Pattern.compile("^(?:" + between + ")$", FLAGS),
        false,
        Kinds.ANY_THEN_ANY,
        Optional.empty(),
        DateScope.NONE,
        Reach.NEAR,
        Optional.empty(),
        Optional.empty(),
        false);
  }

  /** The second name is the subject. */
  PairRule flipped() {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        true,
        kinds,
        defaultRole,
        dates,
        reach,
        sentence,
        then,
        verbal);
  }

  PairRule of(Kinds k) {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        k,
        defaultRole,
        dates,
        reach,
        sentence,
        then,
        verbal);
  }

  PairRule withRole(String role) {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        Optional.of(role),
        dates,
        reach,
        sentence,
        then,
        verbal);
  }

  PairRule withDates(DateScope scope) {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        defaultRole,
        scope,
        reach,
        sentence,
        then,
        verbal);
  }

  PairRule acrossClause() {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        defaultRole,
        dates,
        Reach.CLAUSE,
        sentence,
        then,
        verbal);
  }

  /** The text before the first name must end with {@code regex}. */
  PairRule after(String regex) {
    return new PairRule(
        name,
        predicate,
        Optional.of(Pattern.compile("(?:" + regex + ")$", FLAGS)),
        between,
        reversed,
        kinds,
        defaultRole,
        dates,
        reach,
        sentence,
        then,
        verbal);
  }

  /** The sentence must contain {@code regex} somewhere. */
  PairRule when(String regex) {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        defaultRole,
        dates,
        reach,
        Optional.of(Pattern.compile(regex, FLAGS)),
        then,
        verbal);
  }

  /**
   * The text after the second name must begin with {@code regex} ("'s leader", " drone strike").
   */
  PairRule then(String regex) {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        defaultRole,
        dates,
        reach,
        sentence,
        Optional.of(Pattern.compile("^(?:" + regex + ")", FLAGS)),
        verbal);
  }

  /**
   * The first name is the subject of a verb in {@code between}: it cannot be the object of a
   * preposition ("split from al-Shabaab … and pledged loyalty to") unless a clause it heads follows
   * ("al-Qaeda, which … engaged in the struggle against").
   */
  PairRule subjectOfVerb() {
    return new PairRule(
        name,
        predicate,
        before,
        between,
        reversed,
        kinds,
        defaultRole,
        dates,
        reach,
        sentence,
        then,
        true);
  }
}
