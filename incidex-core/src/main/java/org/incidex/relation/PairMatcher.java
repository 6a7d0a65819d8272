package org.incidex.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.When;
import org.incidex.text.Sentence;

/**
 * Runs pair rules ({@link PairRules}, {@link GroupRules}) over every two actor names of a sentence,
 * the first matching rule deciding. Before that it reads the sentence's shape: a name inside
 * another is left to the outer one; a name and its bracketed alias ({@code Quds Force (QF)}) count
 * as one; asides ({@link Asides}) between two names are cut out, and a name inside an aside is not
 * the subject of what follows it. A relation whose object is the first of two coordinated names
 * sharing a noun ({@code the Ugandan and Burundian nations}) holds for the second too.
 */
final class PairMatcher {
  private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s|’s)\\s+\\p{Ll}");

  /** A preposition right before a name: the name is its object, not a clause's subject. */
  private static final Pattern OBJECT_OF =
      Pattern.compile(
          "(?i)\\b(?:from|to|with|against|by|of|for|on|at|in|into|towards?|under|over|between"
              + "|among|beside|alongside|behind)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}$");

  /** A clause the name heads follows it: it is the subject of that clause after all. */
  private static final Pattern HEADS_CLAUSE = Pattern.compile("^\\s*,\\s*(?:which|who)\\b");

  /** A noun right after a name, which the name only modifies: "the Syrian al Qaeda affiliate". */
  private static final Pattern MODIFIER =
      Pattern.compile(
          "^\\s+(?:affiliates?|branch|branches|wing|faction|offshoot|splinter|cell|cells|fighters"
              + "|militants|members|commanders?|leaders?|ally|allies|supporters|loyalists|dissidents"
              + "|remnants|defectors|veterans|sympathi[sz]ers)\\b");

  /** Words of time that a role does not keep: "new leader" is a leader. */
  private static final Pattern TEMPORAL =
      Pattern.compile("(?i)^(?:(?:first|founding|former|current|new|late|acting|interim)\\s+)+");

  /** After a conjunct: the end of its clause, so the coordination is of objects. */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "^\\s*(?:[.,;:)]|$|and\\b|or\\b|(?:as|in|on|at|from|with|during|until|since|after|before)\\s)");

  /** A tenure between the two names: "has been led since early 2021 by". */
  private static final Pattern SINCE_BETWEEN =
      Pattern.compile("\\b(?:since|from)\\s+[^,;]{3,30}?(?=\\s+by\\b|\\s*,|$)");

  /** Relations that hold for a tenure. */
  private static final Set<Predicate> POSTS =
      EnumSet.of(Predicate.LEADER_OF, Predicate.DEPUTY_OF, Predicate.MEMBER_OF);

  private final List<PairRule> rules;
  private final Tenures tenures = new Tenures();

  PairMatcher(List<PairRule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<Relation> apply(SentenceMentions sm) {
    Sentence s = sm.sentence();
    String text = s.text();
    List<Slots.Slot> slots = Slots.of(s, sm.all(ActorMention.class));
    List<int[]> asides = Asides.find(text);
    List<Relation> out = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Slots.Slot a = slots.get(i);
      int[] aside = Asides.holding(asides, a.start(), a.end());
      for (int j = i + 1; j < slots.size(); j++) {
        Slots.Slot b = slots.get(j);
        if (b.start() < a.end() || a.mention().name().equals(b.mention().name())) {
          continue;
        }
        if (aside != null && b.start() >= aside[1]) {
          break;
        }
        match(sm, slots, asides, i, j).ifPresent(out::add);
      }
    }
    return coordinated(out, slots, sm);
  }

  private Optional<Relation> match(
      SentenceMentions sm, List<Slots.Slot> slots, List<int[]> asides, int i, int j) {
    String text = sm.sentence().text();
    Slots.Slot a = slots.get(i);
    Slots.Slot b = slots.get(j);
    String between = Asides.without(text, asides, a.end(), b.start());
    String before = text.substring(0, a.start());
    int standing = 0;
    boolean noSubjects = true;
    for (int k = i + 1; k < j; k++) {
      Slots.Slot c = slots.get(k);
      if (!Asides.cutOut(asides, c.start(), c.end(), a.end(), b.start())) {
        standing++;
        noSubjects &= !isSubject(text, c);
      }
    }
    String after = text.substring(b.end());
    boolean appositive = before.matches("(?s).*,\\s*$") && between.matches("(?s)^\\s*,\\s+.*");
    String unwrapped = appositive ? between.replaceFirst("^\\s*,", "") : between;
    boolean modifier = MODIFIER.matcher(after).find();
    for (PairRule rule : rules) {
      if (modifier && rule.verbal() && rule.then().isEmpty()) {
        continue;
      }
      boolean reachable = rule.reach() == PairRule.Reach.NEAR ? standing <= 2 : noSubjects;
      if (!reachable || !kindsFit(rule.kinds(), a.mention(), b.mention())) {
        continue;
      }
      if (rule.verbal() && !isSubject(text, a)) {
        continue;
      }
      if (rule.sentence().isPresent() && !rule.sentence().get().matcher(text).find()) {
        continue;
      }
      Optional<Matcher> then = Optional.empty();
      if (rule.then().isPresent()) {
        Matcher mt = rule.then().get().matcher(after);
        if (!mt.find()) {
          continue;
        }
        then = Optional.of(mt);
      }
      Matcher mb = rule.between().matcher(rule.verbal() && appositive ? unwrapped : between);
      if (!mb.matches()) {
        continue;
      }
      Optional<String> role = role(mb);
      if (then.isPresent()) {
        Optional<String> rank = group(mb, "rank");
        role = role(then.get()).map(r -> rank.map(x -> x + " ").orElse("") + r).or(() -> role(mb));
      }
      if (rule.before().isPresent()) {
        Matcher m0 = rule.before().get().matcher(before);
        if (!m0.find()) {
          continue;
        }
        role = role.or(() -> role(m0));
      }
      role =
          role.or(rule::defaultRole)
              .map(r -> TEMPORAL.matcher(r).replaceFirst(""))
              .filter(r -> !r.isBlank());
      ActorMention subject = rule.reversed() ? b.mention() : a.mention();
      ActorMention object = rule.reversed() ? a.mention() : b.mention();
      Optional<When> date =
          switch (rule.dates()) {
            case NONE -> tenure(rule, text, between, a, b);
            case SENTENCE -> RelationDates.nearest(sm, a.mention().span());
            case LOCAL -> RelationDates.local(sm, a.start(), b.end());
          };
      return Optional.of(
          new Relation(
              subject.name(),
              rule.predicate(),
              object.name(),
              date,
              role,
              List.of(PatternRelationExtractor.ref(sm.sentence()))));
    }
    return Optional.empty();
  }

  /** A post's tenure written after the person or after the pair: {@code (2014 – 2019)}. */
  private Optional<When> tenure(
      PairRule rule, String text, String between, Slots.Slot a, Slots.Slot b) {
    if (!POSTS.contains(rule.predicate())) {
      return Optional.empty();
    }
    Slots.Slot person = a.mention().type() == ActorType.PERSON ? a : b;
    Matcher since = SINCE_BETWEEN.matcher(between);
    Optional<When> stated = since.find() ? tenures.parse(since.group()) : Optional.<When>empty();
    return stated
        .or(() -> tenures.after(text, person.end()))
        .or(() -> tenures.after(text, b.end()));
  }

  /**
   * "to the Ugandan and Burundian nations": what holds of Uganda holds of Burundi; "founded by
   * Manuel Marulanda and Jacobo Arenas": what holds of the first of listed names holds of the next,
   * when the other party stands before the list.
   */
  private static List<Relation> coordinated(
      List<Relation> found, List<Slots.Slot> slots, SentenceMentions sm) {
    String text = sm.sentence().text();
    List<Relation> out = new ArrayList<>(found);
    for (int n = 0; n < out.size(); n++) {
      Relation r = out.get(n);
      for (int k = 1; k + 1 < slots.size(); k++) {
        Slots.Slot first = slots.get(k);
        Slots.Slot second = slots.get(k + 1);
        String name = first.mention().name();
        boolean asObject = name.equals(r.object());
        boolean asSubject = name.equals(r.subject());
        String other = asObject ? r.subject() : r.object();
        boolean otherBefore =
            slots.subList(0, k).stream().anyMatch(x -> x.mention().name().equals(other));
        if (!(asObject || asSubject) || !otherBefore) {
          continue;
        }
        String link = text.substring(first.end(), second.start());
        boolean sharedNoun = !first.mention().text().contains(" ") && link.matches("\\s+and\\s+");
        boolean listed =
            link.matches(
                    "(?:\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?"
                        + "\\s*(?:,|,?\\s+and|,?\\s+or)\\s+(?:the\\s+)?")
                && CLAUSE_END.matcher(text.substring(second.end())).find()
                && second.mention().type() == first.mention().type();
        String next = second.mention().name();
        Relation extended =
            new Relation(
                asSubject ? next : r.subject(),
                r.predicate(),
                asObject ? next : r.object(),
                r.date(),
                r.role(),
                r.mentions());
        if ((sharedNoun || listed) && !next.equals(other) && !out.contains(extended)) {
          out.add(extended);
        }
      }
    }
    return out;
  }

  /** Whether a name can be the subject of a verb after it: no preposition governs it. */
  private static boolean isSubject(String text, Slots.Slot c) {
    if (POSSESSIVE.matcher(text.substring(c.end())).find()) {
      return false;
    }
    return !OBJECT_OF.matcher(text.substring(0, c.start())).find()
        || HEADS_CLAUSE.matcher(text.substring(c.end())).find();
  }

  static Optional<String> group(Matcher m, String name) {
    try {
      String r = m.group(name);
      return r == null || r.isBlank() ? Optional.empty() : Optional.of(r.strip());
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  static Optional<String> role(Matcher m) {
    try {
      String r = m.group("role");
      return r == null || r.isBlank() ? Optional.empty() : Optional.of(r.strip());
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  static boolean kindsFit(PairRule.Kinds kinds, ActorMention a, ActorMention b) {
    boolean ap = a.type() == ActorType.PERSON;
    boolean bp = b.type() == ActorType.PERSON;
    return switch (kinds) {
      case PERSON_THEN_ORG -> ap && !bp;
      case ORG_THEN_PERSON -> !ap && bp;
      case ORG_THEN_ORG -> !ap && !bp;
      case PERSON_THEN_PERSON -> ap && bp;
      case PERSON_THEN_ANY -> ap;
      case ANY_THEN_PERSON -> bp;
      case ORG_THEN_ANY -> !ap;
      case ANY_THEN_ANY -> true;
    };
  }
}
