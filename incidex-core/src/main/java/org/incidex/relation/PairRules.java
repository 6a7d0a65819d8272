package org.incidex.relation;

import static org.incidex.model.Predicate.ALLEGIANCE_TO;
import static org.incidex.model.Predicate.DEPUTY_OF;
import static org.incidex.model.Predicate.LEADER_OF;
import static org.incidex.model.Predicate.MEMBER_OF;
import static org.incidex.relation.PairRule.DateScope.SENTENCE;
import static org.incidex.relation.PairRule.Kinds.ORG_THEN_PERSON;
import static org.incidex.relation.PairRule.Kinds.PERSON_THEN_ORG;

import java.util.ArrayList;
import java.util.List;

/**
 * The relations of persons stated by the words between two names: leaders, deputies, founders,
 * members and spokesmen, allegiance (killings and arrests are in {@link ViolenceRules}). Each row:
 * a name, the predicate, the pattern of the text between the first and second name, and its options
 * ({@link PairRule}). Relations between organisations are in {@link GroupRules}. A new pattern is a
 * row here and a row in the test. Patterns are case-insensitive; {@code (?-i:…)} marks where case
 * matters.
 */
final class PairRules {
  private PairRules() {}

  /**
   * Up to a few words of any kind, not crossing a clause end (a dot inside a sentence is an
   * abbreviation).
   */
  static final String GAP = "[^;:]{0,40}?";

  /** Up to a clause of any words, not crossing a sentence end. */
  static final String LONG = "[^;:]{0,130}?";

  /** Up to four describing words before a name, none of them a preposition. */
  static final String MODS =
      "(?:(?!(?:in|of|for|with|alongside|beside|on|under|from|by|to|and|at|as|among|within|inside"
          + "|into|over|after|before|since|during|against|who|which|that)\\s)[\\p{L}'’.-]+\\s+){0,4}?";

  /** A capitalised word, whatever the flags. */
  static final String CAPITAL_WORD = "(?-i:\\p{Lu})[\\p{L}'’-]+";

  /** Words of rank before a title: "senior", "former", "first". */
  static final String RANK =
      "(?:(?:first|founding|former|current|new|top|supreme|overall|senior|military|political"
          + "|spiritual|late|self-declared|self-proclaimed|de\\s+facto|acting|interim|regional"
          + "|local|provincial|chief|field|operational)\\s+)*";

  /** A title that makes a person a leader, with the place of a territorial unit. */
  static final String LEADER_TITLE =
      "(?<role>"
          + RANK
          + "(?:leader|head|chief|emir|amir|commander|commander-in-chief|caliph|founder|chairman"
          + "|boss|supremo|ringleader)s?(?:\\s+of\\s+"
          + CAPITAL_WORD
          + "(?:\\s+(?-i:Province))?(?=\\s+and|\\s*,|\\s*\\)|\\s+respectively))?)";

  /** A post in an organisation short of its head. */
  static final String MEMBER_TITLE =
      "(?<role>"
          + RANK
          + "(?:member|commander|militant|fighter|operative|official|ideologue|bomb-maker"
          + "|recruiter|financier|strategist|negotiator|treasurer|theorist|propagandist|trainer|envoy"
          + "|emissary|representative|bomb\\s+maker|spokes(?:man|woman|person)))";

  /** A form of "be" before a participle: "is led by", "was founded by". */
  static final String COPULA =
      "(?:(?:is|was|are|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?)?";

  /**
   * "is a militant group" before a participle: "Al-Qaeda is a militant organization founded by".
   */
  static final String IS_A_GROUP =
      "(?:(?:is|was)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:group|organi[sz]ation|movement"
          + "|militia|network|faction|party|front|insurgency)\\s+)?";

  static final List<PairRule> ALL = build();

  private static List<PairRule> build() {
    List<PairRule> rules = new ArrayList<>();
    rules.add(
        PairRule.of(
                "led by",
                LEADER_OF,
                "\\s*,?\\s*(?:(?:which|who)\\s+|and\\s+)?"
                    + IS_A_GROUP
                    + COPULA
                    + "(?:led|headed|commanded)\\s+(?:(?:since|from)\\s+[^,;]{1,30}?\\s+)?by\\s+"
                    + MODS)
            .flipped()
            .of(ORG_THEN_PERSON)
            .withRole("leader"));
    rules.add(
        PairRule.of(
                "founded by",
                LEADER_OF,
                "\\s*,?\\s*(?:(?:which|who)\\s+|and\\s+)?"
                    + IS_A_GROUP
                    + COPULA
                    + "(?:founded|established|formed|created)\\s+(?:in\\s+\\d{4}\\s+)?by\\s+"
                    + MODS)
            .flipped()
            .of(ORG_THEN_PERSON)
            .withRole("founder"));
    rules.add(
        PairRule.of(
                "and is led by",
                LEADER_OF,
                "\\s+"
                    + LONG
                    + "\\band\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:led|headed"
                    + "|commanded)\\s+by\\s+"
                    + MODS)
            .flipped()
            .of(ORG_THEN_PERSON)
            .withRole("leader")
            .acrossClause()
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "under the leadership of",
                LEADER_OF,
                "\\s*,?\\s+"
                    + GAP
                    + "\\bunder\\s+(?:the\\s+)?(?:leadership|command)\\s+of\\s+"
                    + MODS)
            .flipped()
            .of(ORG_THEN_PERSON)
            .withRole("leader")
            .withDates(SENTENCE));
    rules.add(
        PairRule.of(
                "person, the leader of org",
                LEADER_OF,
                "\\s*[,(]?\\s*(?:who\\s+(?:is|was|became|had\\s+been|has\\s+been)\\s+|identified\\s+as\\s+"
                    + "|described\\s+as\\s+|named\\s+as\\s+|as\\s+)?[\"“]?(?:the\\s+|a\\s+|its\\s+)?"
                    + LEADER_TITLE
                    + "\\s+(?:of|for)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of(
                "person became leader of org",
                LEADER_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:became|becomes|become|was\\s+(?:named|appointed|elected|chosen)|succeeded\\s+"
                    + "[^;:]{0,30}?\\s+as)\\s+(?:the\\s+)?(?:new\\s+)?"
                    + LEADER_TITLE
                    + "\\s+(?:of|for)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person became org's leader",
                LEADER_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:became|becomes|become|was\\s+(?:named|appointed|elected|chosen)(?:\\s+as)?"
                    + "|took\\s+over\\s+as|succeeded\\s+[^;:]{0,30}?\\s+as)\\s+(?:the\\s+)?")
            .then("(?:'s|’s)\\s+" + LEADER_TITLE + "\\b(?![^.;]*\\brespectively\\b)")
            .of(PERSON_THEN_ORG)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person is org's leader",
                LEADER_OF,
                "\\s+(?:is|was|has\\s+been|had\\s+been|remains|remained|served\\s+as)\\s+"
                    + "(?:(?:now|currently|also|still|\\p{Ll}+ly)\\s+)?(?:the\\s+)?")
            .then("(?:'s|’s)\\s+" + LEADER_TITLE + "\\b(?![^.;]*\\brespectively\\b)")
            .of(PERSON_THEN_ORG)
            .subjectOfVerb());
    rules.add(
        PairRule.of("person as org's leader", LEADER_OF, "\\s+as\\s+(?:the\\s+)?")
            .then("(?:'s|’s)\\s+" + LEADER_TITLE + "\\b")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of(
                "person served as org's spokesman",
                MEMBER_OF,
                "\\s+(?:is|was|has\\s+been|had\\s+been|remains|remained|served\\s+as|serves\\s+as)\\s+"
                    + "(?:(?:now|currently|also|still|\\p{Ll}+ly)\\s+)?(?:the\\s+)?")
            .then("(?:'s|’s)\\s+" + MEMBER_TITLE + "\\b")
            .of(PERSON_THEN_ORG)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person is org's deputy",
                DEPUTY_OF,
                "\\s+(?:is|was|has\\s+been|had\\s+been|remains|remained|served\\s+as)\\s+"
                    + "(?:(?:now|currently|also|still|\\p{Ll}+ly)\\s+)?(?:the\\s+)?")
            .then(
                "(?:'s|’s)\\s+(?<role>deputy(?:\\s+(?:emir|leader|chief|head|commander))?"
                    + "|second-in-command)\\b")
            .of(PERSON_THEN_ORG)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person, the org leader",
                LEADER_OF,
                "\\s*,\\s*(?:who\\s+(?:is|was)\\s+)?(?:the|its)\\s+(?<rank>" + RANK + ")")
            .then("\\s+" + LEADER_TITLE + "\\b")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of(
                "person, a senior org commander",
                MEMBER_OF,
                "\\s*,\\s*(?:who\\s+(?:is|was)\\s+)?(?:a|an)\\s+(?<rank>" + RANK + ")")
            .then("\\s+" + MEMBER_TITLE + "\\b")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of(
                "person formed org",
                LEADER_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:formed|founded|co-founded|established|created|set\\s+up)\\s+(?:the\\s+|a\\s+"
                    + "new\\s+group\\s+(?:called|named)\\s+)?")
            .of(PERSON_THEN_ORG)
            .withRole("founder")
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "person leads org",
                LEADER_OF,
                "\\s+(?:has\\s+|had\\s+|also\\s+)?(?:led|leads|heads|headed|commands|commanded)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG)
            .withRole("leader")
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "org title person",
                LEADER_OF,
                "(?:'s|’s)?\\s+"
                    + LEADER_TITLE
                    + "\\s*(?:,|\\s+(?:was|is|became|has\\s+been|had\\s+been|remains))?\\s+")
            .flipped()
            .of(ORG_THEN_PERSON));
    rules.add(
        PairRule.of("head of org person", LEADER_OF, "\\s*,?\\s+")
            .after("\\b(?:the\\s+)?" + LEADER_TITLE + "\\s+of\\s+(?:the\\s+)?")
            .flipped()
            .of(ORG_THEN_PERSON));
    rules.add(
        PairRule.of(
                "person, deputy of org",
                DEPUTY_OF,
                "\\s*[,(]?\\s*(?:who\\s+(?:is|was)\\s+)?(?:the\\s+|a\\s+|its\\s+)?(?<role>deputy"
                    + "(?:\\s+(?:emir|leader|chief|head|commander))?|second-in-command)"
                    + "\\s+(?:of|to)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of(
                "org deputy person",
                DEPUTY_OF,
                "(?:'s|’s)?\\s+(?<role>deputy(?:\\s+(?:emir|leader|chief|head|commander))?)\\s*,?\\s+")
            .flipped()
            .of(ORG_THEN_PERSON));
    rules.add(
        PairRule.of(
                "org spokesman person",
                MEMBER_OF,
                "(?:'s|’s)?\\s+(?:press\\s+office\\s+|military\\s+|official\\s+|chief\\s+)?"
                    + "(?<role>spokes(?:man|woman|person))\\s*,?\\s+")
            .flipped()
            .of(ORG_THEN_PERSON));
    rules.add(
        PairRule.of(
                "person, a member of org",
                MEMBER_OF,
                "\\s*,?\\s*(?:who\\s+(?:is|was)\\s+)?(?:an?\\s+[^,;.]{0,40}?\\s+and\\s+)?(?:a|an|the|its)\\s+"
                    + MEMBER_TITLE
                    + "\\s+(?:of|in|with|for)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG));
    rules.add(
        PairRule.of("org member person", MEMBER_OF, "(?:'s|’s)?\\s+" + MEMBER_TITLE + "\\s*,?\\s+")
            .flipped()
            .of(ORG_THEN_PERSON));
    rules.add(
        PairRule.of(
                "joined",
                MEMBER_OF,
                "\\s+"
                    + GAP
                    + "\\b(?:joined|joining|joins|join|recruited\\s+(?:by|into|to)|defected\\s+to"
                    + "|pledged\\s+to\\s+join)\\s+(?:the\\s+)?")
            .of(PERSON_THEN_ORG)
            .withDates(SENTENCE)
            .subjectOfVerb());
    rules.add(
        PairRule.of(
                "swore allegiance",
                ALLEGIANCE_TO,
                "\\s+"
                    + GAP
                    + "\\b(?:swore|swears|sworn|pledged|pledges|pledging|renewed|declared|gave"
                    + "|giving|offered)\\s+(?:its\\s+|his\\s+|their\\s+|an\\s+oath\\s+of\\s+)?"
                    + "(?:allegiance|loyalty|bay'?ah|fealty)\\s+to\\s+(?:the\\s+)?")
            .withDates(SENTENCE)
            .subjectOfVerb());
    return List.copyOf(rules);
  }
}
