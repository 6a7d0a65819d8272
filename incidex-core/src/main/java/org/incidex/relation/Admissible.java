package org.incidex.relation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.model.ActorType;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;

/**
 * Which sorts of actor each predicate relates, as the guidelines annotate them: leaders and
 * deputies head armed groups or state forces (not a football federation or an ambulance service);
 * members and spokesmen belong to armed groups (a ministry's spokesman is a source, a member of
 * parliament a victim, not a party); enmity and alliance are held by organisations; killings and
 * arrests are of persons, by forces. A relation whose names break its row is dropped. Names the
 * document never typed (a funding description such as {@code local taxation}) pass.
 */
final class Admissible {
  private Admissible() {}

  /** What a side of a relation may be. */
  enum Side {
    PERSON,
    COMMAND,
    FORCE,
    ARMED,
    ORGANIZATION,
    PARTY,
    ANY;

    boolean admits(String name, Names.Sort s) {
      boolean person = s.type() == ActorType.PERSON;
      boolean armed = s.actorClass() == ActorClass.ARMED_GROUP;
      boolean force = armed || s.actorClass() == ActorClass.STATE;
      return switch (this) {
        case PERSON -> person;
        case COMMAND -> !person && (armed || force && FORCE_WORDS.matcher(name).find());
        case FORCE -> !person && force;
        case ARMED -> !person && armed;
        case ORGANIZATION -> !person;
        case PARTY -> person || force;
        case ANY -> true;
      };
    }
  }

  /**
   * Words that make a state body one that fights, polices or spies, with a commander to lead it.
   */
  static final Pattern FORCE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:forces?|army|armies|military|guards?|corps|police|intelligence|security|command"
              + "|troops|rangers|brigades?|regiments?|divisions?|battalions?|navy|air\\s+force"
              + "|gendarmerie|militias?|marines|commandos|special\\s+operations|directorate)\\b");

  /** A row: what the subject and the object may be. */
  record Row(Side subject, Side object) {}

  static final Map<Predicate, Row> ROWS = rows();

  private static Map<Predicate, Row> rows() {
    Map<Predicate, Row> m = new EnumMap<>(Predicate.class);
    m.put(Predicate.LEADER_OF, new Row(Side.PERSON, Side.COMMAND));
    m.put(Predicate.DEPUTY_OF, new Row(Side.PERSON, Side.COMMAND));
    m.put(Predicate.MEMBER_OF, new Row(Side.PERSON, Side.ARMED));
    m.put(Predicate.BRANCH_OF, new Row(Side.ORGANIZATION, Side.FORCE));
    m.put(Predicate.ALLEGIANCE_TO, new Row(Side.PARTY, Side.PARTY));
    m.put(Predicate.APPOINTED, new Row(Side.PARTY, Side.PERSON));
    m.put(Predicate.RENAMED_TO, new Row(Side.FORCE, Side.FORCE));
    m.put(Predicate.SPLIT_FROM, new Row(Side.FORCE, Side.FORCE));
    m.put(Predicate.ALLIED_WITH, new Row(Side.FORCE, Side.PARTY));
    m.put(Predicate.OPPOSED_TO, new Row(Side.FORCE, Side.PARTY));
    m.put(Predicate.FUNDED_BY, new Row(Side.ARMED, Side.ANY));
    m.put(Predicate.KILLED_BY, new Row(Side.PERSON, Side.FORCE));
    m.put(Predicate.ARRESTED_BY, new Row(Side.PERSON, Side.FORCE));
    return m;
  }

  static List<Relation> filter(List<Relation> relations, Names names) {
    return relations.stream().filter(r -> admits(r, names)).toList();
  }

  static boolean admits(Relation r, Names names) {
    Row row = ROWS.get(r.predicate());
    Optional<Names.Sort> subject = names.sort(r.subject());
    Optional<Names.Sort> object = names.sort(r.object());
    if (subject.isPresent() && !row.subject().admits(r.subject(), subject.get())) {
      return false;
    }
    if (object.isPresent() && !row.object().admits(r.object(), object.get())) {
      return false;
    }
    boolean spokesman =
        r.role().map(x -> x.toLowerCase(Locale.ROOT).contains("spokes")).orElse(false);
    return !spokesman || object.map(o -> Side.ARMED.admits(r.object(), o)).orElse(true);
  }
}
