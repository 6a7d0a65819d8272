package org.incidex.relation;

import static org.incidex.model.Predicate.ARRESTED_BY;
import static org.incidex.model.Predicate.KILLED_BY;
import static org.incidex.relation.PairRule.DateScope.LOCAL;
import static org.incidex.relation.PairRule.DateScope.SENTENCE;
import static org.incidex.relation.PairRule.Kinds.ANY_THEN_PERSON;
import static org.incidex.relation.PairRule.Kinds.PERSON_THEN_ANY;
import static org.incidex.relation.PairRules.GAP;
import static org.incidex.relation.PairRules.MODS;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons killed or arrested, and by whom, stated by the words between the two names: {@code the
 * arrest of X by Y}, {@code Y arrested X}, {@code X was killed by Y}, {@code X was killed in a Y
 * drone strike}, {@code the Y assassination of X}. The date is the sentence's (or, for a killing
 * named by a noun, only one written next to it: {@code mourning the US assassination of}, told in a
 * sentence dated by another event). Rows as in {@link PairRules}.
 */
final class ViolenceRules {
  private ViolenceRules() {}

  static final List<PairRule> ALL = build();

  private static List<PairRule> build() {
    List<PairRule> rules = new ArrayList<>();
    rules.add(
        PairRule.of("arrest of by", ARRESTED_BY, "\\s+by\\s+(?:the\\s+)?" + MODS)
            .after("\\b(?:arrest|capture|detention|arrests)\\s+of\\s+[^,;.]{0,50}?")
            .of(PERSON_THEN_ANY)
            .withDates(SENTENCE));
    rules.add(
        PairRule.of(
                "force arrested person",
                ARRESTED_BY,
                "\\s+(?:\\p{Ll}+\\s+)?(?:arrested|detained|captured|apprehended)\\s+(?:\\p{L}+\\s+){0,3}?")
            .flipped()
            .of(ANY_THEN_PERSON)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person was arrested by",
                ARRESTED_BY,
                "\\s+"
                    + GAP
                    + "\\b(?:was|were|been|being|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?(?:arrested"
                    + "|detained|captured|apprehended)\\s+(?:\\p{Ll}+\\s+){0,4}?by\\s+(?:the\\s+)?"
                    + MODS)
            .of(PERSON_THEN_ANY)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "assassination of",
                KILLED_BY,
                "(?:'s|’s)?\\s+(?:assassination|killing|murder|execution)\\s+of\\s+[^,;.]{0,40}?")
            .flipped()
            .of(ANY_THEN_PERSON)
            .withDates(LOCAL));
    rules.add(
        PairRule.of(
                "force killed person",
                KILLED_BY,
                "\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:killed|assassinated|executed|beheaded|eliminated"
                    + "|shot\\s+dead)\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?")
            .flipped()
            .of(ANY_THEN_PERSON)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person was killed by",
                KILLED_BY,
                "\\s+"
                    + GAP
                    + "\\b(?:was|were|been|being|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?(?:killed"
                    + "|assassinated|shot(?:\\s+dead)?|executed|beheaded|eliminated)\\s+"
                    + "(?:\\p{Ll}+\\s+){0,4}?by\\s+(?:the\\s+)?"
                    + MODS)
            .of(PERSON_THEN_ANY)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person was killed in a force's strike",
                KILLED_BY,
                "\\s+"
                    + GAP
                    + "\\b(?:was|were|been|being|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?(?:killed"
                    + "|assassinated|eliminated)\\s+(?:in|by|during)\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?")
            .then(
                "(?:-led)?\\s*(?:[\\p{Ll}-]+\\s+)?(?:air\\s*strike|airstrike|drone\\s+strike|strike|raid"
                    + "|operation|ambush|attack|bombing)\\b")
            .of(PERSON_THEN_ANY)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person was killed in a clash with",
                KILLED_BY,
                "\\s*,?\\s+"
                    + GAP
                    + "\\b(?:was|were|been|being|had\\s+been|has\\s+been)\\s+(?:\\p{Ll}+\\s+)?(?:killed"
                    + "|shot\\s+dead)\\s+(?:in|during)\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:clash(?:es)?"
                    + "|shoot-?outs?|gun-?fights?|gun\\s*battles?|fire\\s*fights?|encounters?|exchanges?\\s+of"
                    + "\\s+fire|fighting)\\s+with\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ANY)
            .withDates(SENTENCE)
            .subjectOfVerb());
    return List.copyOf(rules);
  }
}
