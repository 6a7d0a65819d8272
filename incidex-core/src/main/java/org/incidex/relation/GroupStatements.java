package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Relations that a sentence states by its shape rather than by two adjacent names: a founder in an
 * opening participle ({@code Founded in May 1976 by Velupillai Prabhakaran, it waged …}); a part
 * named inside "its … wing" ({@code its Black Tigers wing}); a name that says what it is part of
 * ({@code the IS branch in Afghanistan}); a branch introduced by {@code its} ({@code with its
 * regional branch in the …, Islamic State – Khorasan Province}); a group "affiliated with the … of
 * the same name"; a merger ({@code The two groups effectively merged in 2012}); a renaming told by
 * a participle ({@code …, becoming known as al-Qaeda in Iraq}). Reads a sentence with its resolved
 * mentions and the names the document gave before.
 */
final class GroupStatements {
  private static final Pattern DESCRIBED_BRANCH =
      Pattern.compile(
          "^(?:the\\s+)?(?<parent>[^\\s].{0,40}?)(?:'s|’s)?\\s+(?:(?:regional|local|\\p{Ll}+)\\s+)?"
              + "(?:branch|affiliate|wing|franchise|chapter|province)\\s+(?:in|of|for)\\s+\\p{Lu}.*$");

  private static final Pattern ITS_BRANCH =
      Pattern.compile(
          "\\bits\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:branch|affiliate|wing|franchise|province|arm)\\b"
              + "[^,.;:]{0,80}?,\\s+$");

  private static final Pattern ITS_ALLY =
      Pattern.compile("\\bits\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:ally|allies|partner|partners)\\s+$");

  /** "its Black Tigers wing": the name before a word for a part of the group. */
  private static final Pattern ITS_NAMED_PART =
      Pattern.compile(
          "^\\s+(?:wing|branch|unit|units|faction|affiliate|division|brigade|cell|news\\s+agency"
              + "|media\\s+(?:wing|arm|outlet|office)|outlet|newsletter|magazine)\\b");

  /** "Founded in May 1976 by Velupillai Prabhakaran, it waged …". */
  private static final Pattern FOUNDED_OPENING =
      Pattern.compile("^(?:Founded|Formed|Established|Created|Set\\s+up)\\b[^,;]{0,60}?\\bby\\s+$");

  private static final Pattern SAME_NAME =
      Pattern.compile(
          "\\b(?:affiliated|associated|linked|aligned)\\s+with\\s+the\\s+(?<desc>[^.;]{0,60}?)\\s+"
              + "(?:with|of|by)\\s+the\\s+same\\s+name\\b");

  private static final Pattern MERGED =
      Pattern.compile(
          "\\b(?:[Tt]he\\s+two\\s+groups|[Tt]hey|[Bb]oth\\s+groups)\\s+(?:\\p{Ll}+\\s+)?"
              + "(?:merged|united|amalgamated)\\b");

  private static final Pattern BECOMING_KNOWN =
      Pattern.compile(",\\s+(?:later\\s+)?(?:becoming|being)\\s+(?:known\\s+as|renamed)\\s+$");

  /** A word after a name that makes the name a clause's subject. */
  private static final Pattern SUBJECT_AFTER =
      Pattern.compile(
          "^\\s+(?:\\p{Ll}+ly\\s+)?(?:became|become|becomes|was|were|is|are|had|has|have|grew|changed"
              + "|took|formed|emerged|began|joined|\\p{Ll}+ed)\\b");

  private final Names names;

  GroupStatements(Names names) {
    this.names = names;
  }

  List<Relation> apply(
      SentenceMentions sm,
      List<ActorMention> actors,
      Optional<ActorMention> lastGroup,
      List<ActorMention> previous) {
    List<Relation> out = new ArrayList<>();
    Sentence s = sm.sentence();
    String text = s.text();
    int base = s.span().start();
    for (ActorMention a : actors) {
      Matcher m = DESCRIBED_BRANCH.matcher(a.text());
      if (a.type() == ActorType.ORGANIZATION && m.matches()) {
        names
            .canonical(m.group("parent"))
            .filter(p -> !p.equals(a.name()))
            .ifPresent(
                p -> out.add(relation(a.name(), Predicate.BRANCH_OF, p, s, Optional.empty())));
      }
      String before = text.substring(0, a.span().start() - base);
      if (a.type() == ActorType.ORGANIZATION && ITS_BRANCH.matcher(before).find()) {
        subject(actors, a, lastGroup)
            .ifPresent(
                p -> out.add(relation(a.name(), Predicate.BRANCH_OF, p, s, Optional.empty())));
      }
      String after = text.substring(a.span().end() - base);
      if (a.type() == ActorType.ORGANIZATION
          && before.endsWith("its ")
          && ITS_NAMED_PART.matcher(after).find()) {
        subject(actors, a, lastGroup)
            .ifPresent(
                p -> out.add(relation(a.name(), Predicate.BRANCH_OF, p, s, Optional.empty())));
      }
      if (a.type() == ActorType.PERSON && FOUNDED_OPENING.matcher(before).find()) {
        Optional<String> group =
            actors.stream()
                .filter(o -> o.span().start() > a.span().end() && o.isArmedGroup())
                .map(ActorMention::name)
                .findFirst()
                .or(() -> lastGroup.map(ActorMention::name));
        group.ifPresent(
            g ->
                out.add(
                    new Relation(
                        a.name(),
                        Predicate.LEADER_OF,
                        g,
                        RelationDates.nearest(sm, a.span()),
                        Optional.of("founder"),
                        List.of(PatternRelationExtractor.ref(s)))));
      }
      if (a.type() == ActorType.ORGANIZATION && ITS_ALLY.matcher(before).find()) {
        subject(actors, a, lastGroup)
            .ifPresent(
                p -> out.add(relation(p, Predicate.ALLIED_WITH, a.name(), s, Optional.empty())));
      }
      if (a.type() == ActorType.ORGANIZATION && BECOMING_KNOWN.matcher(before).find()) {
        clauseSubject(text, base, actors, a)
            .ifPresent(
                p ->
                    out.add(
                        relation(
                            p.name(),
                            Predicate.RENAMED_TO,
                            a.name(),
                            s,
                            RelationDates.nearest(sm, a.span()))));
      }
    }
    sameName(sm, actors, lastGroup, out);
    merged(sm, actors, previous, out);
    return out;
  }

  /** "It claimed to be affiliated with the Syrian al Qaeda affiliate with the same name." */
  private void sameName(
      SentenceMentions sm,
      List<ActorMention> actors,
      Optional<ActorMention> lastGroup,
      List<Relation> out) {
    Matcher m = SAME_NAME.matcher(sm.sentence().text());
    if (!m.find() || lastGroup.isEmpty()) {
      return;
    }
    String own = lastGroup.get().name();
    Optional<String> namesake = names.namesakeOf(own);
    if (namesake.isEmpty()) {
      return;
    }
    out.add(relation(own, Predicate.BRANCH_OF, namesake.get(), sm.sentence(), Optional.empty()));
    int base = sm.sentence().span().start();
    for (ActorMention a : actors) {
      int at = a.span().start() - base;
      boolean inDescription = at >= m.start("desc") && at < m.end("desc");
      String rest = sm.sentence().text().substring(a.span().end() - base, m.end("desc"));
      if (inDescription && a.isArmedGroup() && rest.matches("\\s*(?:affiliate|branch|wing)\\s*")) {
        out.add(
            relation(
                namesake.get(), Predicate.BRANCH_OF, a.name(), sm.sentence(), Optional.empty()));
      }
    }
  }

  /** "The two groups effectively merged in 2012": the two groups named last, the first joining. */
  private static void merged(
      SentenceMentions sm,
      List<ActorMention> actors,
      List<ActorMention> previous,
      List<Relation> out) {
    if (!MERGED.matcher(sm.sentence().text()).find()) {
      return;
    }
    List<String> groups = new ArrayList<>();
    List<ActorMention> recent = new ArrayList<>(previous);
    recent.addAll(actors);
    for (ActorMention a : recent) {
      if (a.isArmedGroup() && !groups.contains(a.name())) {
        groups.add(a.name());
      }
    }
    if (groups.size() < 2) {
      return;
    }
    String first = groups.get(groups.size() - 2);
    String second = groups.get(groups.size() - 1);
    Optional<When> date = RelationDates.nearest(sm, sm.sentence().span());
    out.add(relation(first, Predicate.BRANCH_OF, second, sm.sentence(), date));
  }

  /** The group whose branch "its" is: the sentence's first armed group before, else the last. */
  private static Optional<String> subject(
      List<ActorMention> actors, ActorMention branch, Optional<ActorMention> lastGroup) {
    for (ActorMention a : actors) {
      if (a.span().start() >= branch.span().start()) {
        break;
      }
      if (a.isArmedGroup() && !a.name().equals(branch.name())) {
        return Optional.of(a.name());
      }
    }
    return lastGroup.map(ActorMention::name).filter(n -> !n.equals(branch.name()));
  }

  /**
   * The last organisation before {@code a} that is the subject of a clause ("the group became").
   */
  private static Optional<ActorMention> clauseSubject(
      String text, int base, List<ActorMention> actors, ActorMention a) {
    ActorMention found = null;
    for (ActorMention o : actors) {
      if (o.span().end() > a.span().start()) {
        break;
      }
      if (o.type() == ActorType.ORGANIZATION
          && !o.name().equals(a.name())
          && SUBJECT_AFTER.matcher(text.substring(o.span().end() - base)).find()) {
        found = o;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Relation relation(
      String subject, Predicate p, String object, Sentence s, Optional<When> date) {
    return new Relation(
        subject, p, object, date, Optional.empty(), List.of(PatternRelationExtractor.ref(s)));
  }
}
