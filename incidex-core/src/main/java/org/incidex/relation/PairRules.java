package org.incidex.relation;

import static org.incidex.model.Predicate.ALLEGIANCE_TO;
import static org.incidex.model.Predicate.ALLIED_WITH;
import static org.incidex.model.Predicate.ARRESTED_BY;
import static org.incidex.model.Predicate.BRANCH_OF;
import static org.incidex.model.Predicate.DEPUTY_OF;
import static org.incidex.model.Predicate.KILLED_BY;
import static org.incidex.model.Predicate.LEADER_OF;
import static org.incidex.model.Predicate.MEMBER_OF;
import static org.incidex.model.Predicate.OPPOSED_TO;
import static org.incidex.model.Predicate.RENAMED_TO;
import static org.incidex.model.Predicate.SPLIT_FROM;
import static org.incidex.relation.PairRule.Kinds.ANY_THEN_ANY;
import static org.incidex.relation.PairRule.Kinds.ANY_THEN_PERSON;
import static org.incidex.relation.PairRule.Kinds.ORG_THEN_ORG;
import static org.incidex.relation.PairRule.Kinds.ORG_THEN_PERSON;
import static org.incidex.relation.PairRule.Kinds.PERSON_THEN_ANY;
import static org.incidex.relation.PairRule.Kinds.PERSON_THEN_ORG;

import java.util.List;

/**
 * The relations stated by the words between two names. Each row: a name, the predicate, the pattern
 * of the text between the first and second name, whether the second name is the subject, the sorts
 * of actor, and the default role. A new pattern is a row here and a row in the test.
 */
final class PairRules {
  private PairRules() {}

  /** Up to a few words of any kind, not crossing a clause end. */
  private static final String GAP = "[^.;:]{0,40}?";

  /** A title that makes a person a leader. */
  static final String LEADER_TITLE =
      "(?<role>(?:(?:first|founding|former|current|new|top|supreme|overall|senior|military|political"
          + "|spiritual|late|self-declared)\\s+)*(?:leader|head|chief|emir|amir|commander"
          + "|commander-in-chief|caliph|founder|chairman|president|boss)s?(?:\\s+of\\s+[\\p{Lu}][\\p{L}]+"
          + "(?:\\s+Province)?(?=\\s+and|\\s*,|\\s*\\)|\\s+respectively))?)";

  static final List<PairRule> ALL =
      List.of(
          PairRule.of(
                  "swore allegiance",
                  ALLEGIANCE_TO,
                  "\\s+"
                      + GAP
                      + "\\b(?:swore|swears|sworn|pledged|pledges|pledging|renewed|declared|gave"
                      + "|giving|offered)\\s+(?:its\\s+|his\\s+|their\\s+|an\\s+oath\\s+of\\s+)?"
                      + "(?:allegiance|loyalty|bay'?ah|fealty)\\s+to\\s+(?:the\\s+)?",
                  false,
                  ANY_THEN_ANY,
                  null)
              .withDate(),
          PairRule.of(
              "led by",
              LEADER_OF,
              "\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:which\\s+(?:is|was)\\s+)?(?:led|headed|founded|commanded)\\s+by"
                  + "\\s+(?:\\p{Ll}+\\s+){0,4}",
              true,
              ORG_THEN_PERSON,
              "leader"),
          PairRule.of(
                  "under the leadership of",
                  LEADER_OF,
                  "\\s+" + GAP + "\\bunder\\s+(?:the\\s+)?(?:leadership|command)\\s+of\\s+",
                  true,
                  ORG_THEN_PERSON,
                  "leader")
              .withDate(),
          PairRule.of(
              "title of",
              LEADER_OF,
              "\\s*[,(]?\\s*(?:who\\s+(?:is|was|became)\\s+|identified\\s+as\\s+|described\\s+as\\s+)?"
                  + "[\"“]?(?:the\\s+|a\\s+|its\\s+)?"
                  + LEADER_TITLE
                  + "\\s+of\\s+(?:the\\s+)?",
              false,
              PERSON_THEN_ORG,
              null),
          PairRule.of(
              "org title person",
              LEADER_OF,
              "(?:'s|’s)?\\s+" + LEADER_TITLE + ",?\\s+",
              true,
              ORG_THEN_PERSON,
              null),
          PairRule.after(
              "head of org person",
              LEADER_OF,
              "\\b(?:the\\s+)?" + LEADER_TITLE + "\\s+of\\s+(?:the\\s+)?",
              ",?\\s+",
              true,
              ORG_THEN_PERSON,
              null),
          PairRule.of(
              "deputy",
              DEPUTY_OF,
              "\\s*[,(]?\\s*(?:the\\s+|a\\s+)?(?<role>deputy(?:\\s+(?:emir|leader|chief|head|commander))?)"
                  + "\\s+of\\s+(?:the\\s+)?",
              false,
              PERSON_THEN_ORG,
              null),
          PairRule.of(
              "spokesman of org",
              MEMBER_OF,
              "(?:'s|’s)?\\s+(?:press\\s+office\\s+|military\\s+)?(?<role>spokes(?:man|woman|person))"
                  + ",?\\s+",
              true,
              ORG_THEN_PERSON,
              null),
          PairRule.of(
              "spokesman for org",
              MEMBER_OF,
              "\\s*,\\s*(?:a|the|its)\\s+(?<role>spokes(?:man|woman|person))\\s+(?:for|of)\\s+(?:the\\s+)?",
              false,
              PERSON_THEN_ORG,
              null),
          PairRule.of(
              "member of",
              MEMBER_OF,
              "\\s*,?\\s*(?:a|an|the)\\s+(?:senior\\s+|former\\s+|top\\s+)?(?<role>member|commander"
                  + "|militant|fighter|operative|official)\\s+(?:of|in|with)\\s+(?:the\\s+)?",
              false,
              PERSON_THEN_ORG,
              null),
          PairRule.of(
                  "joined",
                  MEMBER_OF,
                  "\\s+"
                      + GAP
                      + "\\b(?:joined|joining|join|recruited\\s+(?:by|into|to))\\s+(?:the\\s+)?",
                  false,
                  PERSON_THEN_ORG,
                  null)
              .withDate(),
          PairRule.of(
                  "renamed",
                  RENAMED_TO,
                  "\\s+"
                      + GAP
                      + "\\b(?:becoming|became|become)\\s+known\\s+as\\s+|\\s+"
                      + GAP
                      + "\\b(?:renamed|rebranded)\\s+(?:itself\\s+)?(?:as\\s+)?|\\s+"
                      + GAP
                      + "\\bchanged\\s+its\\s+name\\s+to\\s+",
                  false,
                  ORG_THEN_ORG,
                  null)
              .withDate(),
          PairRule.of(
              "separated from",
              SPLIT_FROM,
              "\\s+"
                  + GAP
                  + "\\b(?:separate|separated|split|splits|broke\\s+away|breaking\\s+away"
                  + "|splintered|defected)\\s+from\\s+(?:the\\s+)?",
              false,
              ORG_THEN_ORG,
              null),
          PairRule.of(
              "splinter group",
              SPLIT_FROM,
              "\\s+(?:is|are|was|were|,)\\s+(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:splinter|breakaway|offshoot)"
                  + "(?:\\s+group|\\s+faction)?\\s+(?:from|of)\\s+(?:the\\s+)?",
              false,
              ORG_THEN_ORG,
              null),
          PairRule.of(
              "affiliate of",
              BRANCH_OF,
              "\\s*,?\\s*(?:which\\s+(?:is|was)\\s+|is\\s+|was\\s+)?(?:a|an|the)\\s+(?:\\p{L}+\\s+)?"
                  + "(?:affiliate|branch|wing|franchise|faction|province|arm)\\s+of\\s+(?:the\\s+)?",
              false,
              ORG_THEN_ORG,
              null),
          PairRule.of(
              "org's branch",
              BRANCH_OF,
              "(?:'s|’s)\\s+(?:\\p{L}+\\s+){0,2}(?:branch|affiliate|wing)(?:\\s+in\\s+[^,]{1,60})?,?\\s+",
              true,
              ORG_THEN_ORG,
              null),
          PairRule.of(
              "org-linked org",
              BRANCH_OF,
              "-(?:affiliated|linked|allied|backed)\\s+(?:\\p{L}+\\s+){0,3}",
              true,
              ORG_THEN_ORG,
              null),
          PairRule.of("org's org", BRANCH_OF, "(?:'s|’s)\\s+", true, ORG_THEN_ORG, null),
          PairRule.of(
              "allied with",
              ALLIED_WITH,
              "\\s+"
                  + GAP
                  + "\\b(?:allied\\s+with|alliance\\s+with|fighting\\s+(?:beside|alongside)"
                  + "|fought\\s+(?:beside|alongside)|fights\\s+(?:beside|alongside))\\s+(?:the\\s+)?",
              false,
              ANY_THEN_ANY,
              null),
          PairRule.of(
                  "campaign against",
                  OPPOSED_TO,
                  "(?:'s|’s)?\\s+"
                      + GAP
                      + "\\b(?:campaign|struggle|war|fight|fighting|battle|battling|jihad"
                      + "|insurgency|offensive|rebellion|opposition)\\s+(?:against|to)\\s+(?:the\\s+)?",
                  false,
                  ANY_THEN_ANY,
                  null)
              .withDate(),
          PairRule.after(
              "opposition between",
              OPPOSED_TO,
              "\\b(?:opposition|enmity|rivalry|conflict|war|fighting|clashes|hostility)\\s+between\\s+(?:the\\s+)?",
              "\\s+and\\s+(?:the\\s+)?",
              false,
              ANY_THEN_ANY,
              null),
          PairRule.after(
                  "arrest of by",
                  ARRESTED_BY,
                  "\\b(?:arrest|capture|detention|arrests)\\s+of\\s+[^,;.]{0,50}?",
                  "\\s+by\\s+(?:the\\s+)?",
                  false,
                  PERSON_THEN_ANY,
                  null)
              .withDate(),
          PairRule.of(
                  "assassination of",
                  KILLED_BY,
                  "\\s+(?:assassination|killing|murder|execution)\\s+of\\s+[^,;.]{0,40}?",
                  true,
                  ANY_THEN_PERSON,
                  null)
              .withDate(),
          PairRule.of(
                  "arrested person",
                  ARRESTED_BY,
                  "\\s+(?:\\p{Ll}+\\s+)?(?:arrested|detained|captured)\\s+",
                  true,
                  ANY_THEN_PERSON,
                  null)
              .withDate(),
          PairRule.of("nested org", BRANCH_OF, "\\s+", true, ORG_THEN_ORG, null),
          PairRule.of(
                  "killed by",
                  KILLED_BY,
                  "\\s+"
                      + GAP
                      + "\\b(?:was|were|been|being)\\s+(?:\\p{Ll}+\\s+)?(?:killed|assassinated|shot"
                      + "|executed)\\s+by\\s+(?:the\\s+)?",
                  false,
                  PERSON_THEN_ANY,
                  null)
              .withDate());
}
