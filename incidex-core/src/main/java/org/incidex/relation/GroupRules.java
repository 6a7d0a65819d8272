package org.incidex.relation;

import static org.incidex.model.Predicate.ALLIED_WITH;
import static org.incidex.model.Predicate.BRANCH_OF;
import static org.incidex.model.Predicate.OPPOSED_TO;
import static org.incidex.model.Predicate.RENAMED_TO;
import static org.incidex.model.Predicate.SPLIT_FROM;
import static org.incidex.relation.PairRule.DateScope.LOCAL;
import static org.incidex.relation.PairRule.DateScope.SENTENCE;
import static org.incidex.relation.PairRule.Kinds.ORG_THEN_ANY;
import static org.incidex.relation.PairRule.Kinds.ORG_THEN_ORG;
import static org.incidex.relation.PairRules.GAP;
import static org.incidex.relation.PairRules.LONG;
import static org.incidex.relation.PairRules.MODS;

import java.util.ArrayList;
import java.util.List;

/**
 * The relations of organisations stated by the words between two names: renamings, splits, branches
 * and affiliates, alliances, and enmity (a campaign, war or struggle against; revenge for; a motive
 * or a threat in the group's own words; a conflict between two). Rows as in {@link PairRules}; the
 * general patterns ("org's org", two names side by side) come last.
 */
final class GroupRules {
  private GroupRules() {}

  /** Nouns of enmity followed by against, on, with, or to. */
  private static final String ENMITY_NOUN =
      "(?:(?:campaign|campaigns|struggle|war|wars|war\\s+effort|fight|fighting|fought|battle|battles"
          + "|battling|battled|jihad|insurgency|offensive|rebellion|push|hostilities|crackdown"
          + "|operations|struggling)\\s+against"
          + "|(?:war|wars|campaign|crackdown|offensive|jihad)\\s+on"
          + "|(?:war|wars|conflict|conflicts|clashes|fighting|hostilities|confrontation)\\s+with"
          + "|(?:an?\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:rival|rivals|enemy|enemies|foe|foes|adversary"
          + "|adversaries|archrival|arch-enemy)\\s+of"
          + "|(?:opposition|resistance|hostility)\\s+to"
          + "|(?:retribution|revenge|retaliation|vengeance|reprisals?)\\s+(?:for|against|on))";

  /** Verbs of enmity taking the enemy as object. */
  private static final String ENMITY_VERB =
      "(?:fighting|battling|fought|battled|fights|battles|opposes|opposing|resisting|resisted"
          + "|(?:fighting|seeking|trying|struggling|working|vowed|vowing|sought|plotting|aiming)\\s+to"
          + "\\s+(?:overthrow|topple|oust|defeat|destroy|expel|drive\\s+out)"
          + "|overthrow|overthrew|toppled?|ousted?|(?:declared|wage[sd]?|waging)\\s+war\\s+(?:on|against)"
          + "|at\\s+war\\s+with)";

  /** Words of threat that make a message to someone hostile. */
  private static final String THREAT_WORDS =
      "\\b(?:retribution|revenge|retaliation|vengeance|target|targets|war|punish\\w*|blood)\\b";

  private static final String THE = "(?:the\\s+)?";

  static final List<PairRule> ALL = build();

  private static List<PairRule> build() {
    List<PairRule> rules = new ArrayList<>();
    rules.add(
        PairRule.of(
                "renamed",
                RENAMED_TO,
                "\\s+"
                    + GAP
                    + "\\b(?:becoming|became|become)\\s+known\\s+as\\s+|\\s+"
                    + GAP
                    + "\\b(?:renamed|rebranded)\\s+(?:itself\\s+)?(?:as\\s+|to\\s+)?|\\s+"
                    + GAP
                    + "\\bchanged\\s+its\\s+name\\s+to\\s+|\\s+"
                    + GAP
                    + "\\b(?:calling|called|styling|styled|naming|named|rebranding)\\s+itself\\s+(?:as\\s+)?"
                    + "(?:the\\s+)?|\\s*,\\s*(?:later|now|since)\\s+"
                    + "(?:known\\s+as|called|renamed)\\s+(?:the\\s+)?")
            .of(ORG_THEN_ORG)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "formerly known as",
                RENAMED_TO,
                "\\s*[,(]?\\s*(?:formerly|previously|originally)\\s+(?:known\\s+as|called|named)\\s+"
                    + THE)
            .flipped()
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "separated from",
                SPLIT_FROM,
                "\\s*,?\\s+"
                    + GAP
                    + "\\b(?:separate|separated|split|splits|split\\s+off|broke\\s+away|breaking\\s+away"
                    + "|broken\\s+away|splintered|defected)\\s+from\\s+(?:the\\s+)?")
            .of(ORG_THEN_ORG)
            .withDates(LOCAL)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "splinter group",
                SPLIT_FROM,
                "\\s*,?\\s*(?:(?:is|are|was|were)\\s+)?(?:(?:formed|founded|created|established|set\\s+up)"
                    + "\\s+(?:in\\s+[^,;]{1,20}?\\s+)?as\\s+)?(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}"
                    + "(?:splinter|breakaway|offshoot|dissident)(?:\\s+group|\\s+faction|\\s+organi[sz]ation)?"
                    + "\\s+(?:from|of)\\s+(?:the\\s+)?")
            .of(ORG_THEN_ORG)
            .withDates(LOCAL));
    rules.add(
        PairRule.of(
                "broke away and formed",
                SPLIT_FROM,
                "\\s+"
                    + GAP
                    + "\\b(?:broke\\s+away|split\\s+off|splintered|defected|seceded)\\s+(?:from\\s+it\\s+)?"
                    + "(?:and|to)\\s+(?:formed?|found(?:ed)?|creat(?:e|ed)|establish(?:ed)?|set\\s+up"
                    + "|launch(?:ed)?)\\s+(?:the\\s+)?")
            .flipped()
            .of(ORG_THEN_ORG)
            .withDates(SENTENCE));
    rules.add(
        PairRule.of(
                "rejoined",
                BRANCH_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:rejoined|re-joined|merged\\s+(?:back\\s+)?into|was\\s+absorbed\\s+into"
                    + "|returned\\s+to\\s+the\\s+fold\\s+of)\\s+(?:the\\s+)?")
            .of(ORG_THEN_ORG)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of("an org unit", BRANCH_OF, "\\s*,\\s*(?:(?:an?|the|its)\\s+)?")
            .then(
                "^(?:'s|’s)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:unit|branch|affiliate|wing|faction|cell|franchise"
                    + "|province|offshoot)\\b")
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "affiliate of",
                BRANCH_OF,
                "\\s*,?\\s*(?:which\\s+(?:is|was)\\s+|(?:is|was|are|were)\\s+)?(?:a|an|the|its)\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,2}(?:affiliate|branch|wing|franchise|faction|province|arm"
                    + "|chapter|subsidiary|division|unit)\\s+of\\s+(?:the\\s+)?"
                    + MODS)
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "affiliated with",
                BRANCH_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:affiliated|associated|aligned)\\s+(?:itself\\s+)?with\\s+(?:the\\s+)?"
                    + MODS)
            .of(ORG_THEN_ORG)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "org's branch",
                BRANCH_OF,
                "(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:branch|affiliate|wing|franchise|province|arm"
                    + "|unit)(?:\\s+in\\s+[^,]{1,60})?\\s*,?\\s+(?:(?:also\\s+)?(?:known|referred\\s+to)\\s+as\\s+"
                    + "|called\\s+)?(?:the\\s+)?")
            .flipped()
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "has affiliates including",
                BRANCH_OF,
                "\\s+(?:has|have|had|maintains|counts)\\s+(?:[\\p{Ll}-]+\\s+)?(?:affiliates|branches"
                    + "|franchises|wings|provinces|chapters)\\b[^;:]{0,60}?\\b(?:including|such\\s+as"
                    + "|among\\s+them|notably)\\s+(?:the\\s+)?")
            .flipped()
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "org-linked org",
                BRANCH_OF,
                "-(?:affiliated|linked|aligned|affiliate)\\s+(?:[\\p{L}-]+\\s+){0,3}")
            .flipped()
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "org-backed org",
                ALLIED_WITH,
                "-(?:backed|allied|supported|sponsored)\\s+(?:[\\p{L}-]+\\s+){0,3}")
            .flipped()
            .of(ORG_THEN_ORG));
    rules.add(
        PairRule.of(
                "allied with",
                ALLIED_WITH,
                "\\s*,?\\s+"
                    + GAP
                    + "\\b(?:allied\\s+(?:itself\\s+)?with|in\\s+(?:an\\s+)?alliance\\s+with|alliance\\s+with"
                    + "|(?:an?\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:ally|allies)\\s+of|fighting\\s+(?:beside|alongside)|fought\\s+(?:beside"
                    + "|alongside)|fights\\s+(?:beside|alongside)|cooperat(?:es|ed|ing)\\s+with"
                    + "|joined\\s+forces\\s+with)\\s+"
                    + THE
                    + MODS)
            .of(ORG_THEN_ANY)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "trains and assists",
                ALLIED_WITH,
                "\\s+"
                    + GAP
                    + "\\b(?:trains?|trained|training|advis(?:es|ed|ing)|assists?|assisted|assisting"
                    + "|supports?|supported|supporting|arms|armed|equips|equipped)"
                    + "(?:\\s*,\\s*\\p{Ll}+)*(?:\\s*,?\\s*and\\s+\\p{Ll}+)?\\s+"
                    + THE)
            .of(ORG_THEN_ORG)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "org's campaign against",
                OPPOSED_TO,
                "(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,2}" + ENMITY_NOUN + "\\s+" + THE + MODS)
            .of(ORG_THEN_ANY)
            .withDates(SENTENCE));
    rules.add(
        PairRule.of(
                "campaign against",
                OPPOSED_TO,
                "(?:-led|-backed)?\\s*,?\\s+"
                    + LONG
                    + "\\b(?:"
                    + ENMITY_NOUN
                    + "|"
                    + ENMITY_VERB
                    + ")\\s+"
                    + THE
                    + MODS)
            .of(ORG_THEN_ANY)
            .acrossClause()
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of("conflict between", OPPOSED_TO, "\\s+and\\s+" + THE + MODS)
            .after(
                "\\b(?:opposition|enmity|rivalry|conflict|war|fighting|clashes|hostility|hostilities"
                    + "|tensions?|feud)\\s+between\\s+"
                    + THE
                    + MODS)
            .of(ORG_THEN_ANY));
    rules.add(
        PairRule.of(
                "attacked because",
                OPPOSED_TO,
                "\\s+"
                    + LONG
                    + "\\b(?:attacked|targeted|struck|bombed|killed\\s+\\p{Ll}+|carried\\s+out\\s+the"
                    + "\\s+(?:attack|bombing))\\s+(?:\\p{Ll}+\\s+)?because\\s+(?:of\\s+)?[^.;]{0,60}?")
            .of(ORG_THEN_ANY)
            .acrossClause()
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "message to",
                OPPOSED_TO,
                "\\s+"
                    + LONG
                    + "\\b(?:message|messages|warning|warnings|threat|threats|ultimatum)\\s+to\\s+"
                    + THE
                    + MODS)
            .when(THREAT_WORDS)
            .of(ORG_THEN_ANY)
            .acrossClause());
    rules.add(
        PairRule.of(
                "threatened",
                OPPOSED_TO,
                "\\s+"
                    + LONG
                    + "\\b(?:warned|threatened|threatens|vowed\\s+(?:revenge|retribution)\\s+(?:on|against)"
                    + "|vowed\\s+to\\s+(?:punish|attack|strike))\\s+"
                    + THE
                    + MODS)
            .of(ORG_THEN_ANY)
            .acrossClause()
            .subjectOfVerb());
    rules.add(PairRule.of("org's org", BRANCH_OF, "(?:'s|’s)\\s+").flipped().of(ORG_THEN_ORG));
    rules.add(PairRule.of("nested org", BRANCH_OF, "\\s+").flipped().of(ORG_THEN_ORG));
    return List.copyOf(rules);
  }
}
