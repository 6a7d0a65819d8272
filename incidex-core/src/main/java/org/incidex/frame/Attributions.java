package org.incidex.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AttributionMention;
import org.incidex.mention.EventMention;
import org.incidex.model.Attribution;
import org.incidex.model.Kind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;

/**
 * Ties actors in a sentence to the event it reports, by what the words between them say. Reads the
 * sentence text and its (resolved) actor mentions; returns claims, statements of fact and
 * suspicions. For attacks only armed groups (and persons in them) count; for security operations,
 * the state force that acted.
 *
 * <p>The guidelines' rule: a claim or a statement of fact makes a perpetrator; suspicion, hints,
 * accusations and the contents of others' claims do not (they become {@code SUSPECTED}).
 */
final class Attributions {
  private Attributions() {}

  /** After the actor, in its clause: it claims the act. */
  private static final Pattern CLAIM_AFTER =
      Pattern.compile(
          "^(?:'s?|’s?)?[^.;]{0,60}?\\b(?:claimed|claims|claiming|has claimed|have claimed|took|takes"
              + "|accepted) (?:responsibility|credit|the (?:attack|bombing|blast|assault|killing|operation))"
              + "|^[^.;]{0,40}?\\bclaimed (?:in|that|to have)\\b|^(?:'s?|’s?) claim of responsibility",
          Pattern.CASE_INSENSITIVE);

  /** After the actor: it says it (or its fighters) did it: "said its fighters had killed 12". */
  private static final Pattern SAID_IT_DID =
      Pattern.compile(
          "^(?:'s?|’s?)?[^.;]{0,40}?\\b(?:said|says|announced|stated)\\s+(?:(?:on|late on|early on)\\s+\\w+\\s+)?"
              + "(?:that\\s+)?(?:it|its\\s+(?:[\\w-]+\\s+){0,2}?(?:fighters|militants|members|branch|forces|men"
              + "|soldiers|troops|officers|units))\\s+"
              + "(?:had\\s+|has\\s+|have\\s+)?(?:carried out|killed|attacked|launched|stormed|bombed|kidnapped"
              + "|abducted|seized|shot|executed)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Before the actor: a claim made by it, or responsibility it was credited with. */
  private static final Pattern CLAIM_BEFORE =
      Pattern.compile(
          "(?:claim(?:ed|ing)? (?:of )?responsibility[^.;]{0,80}\\b(?:from|by)\\b[^.;]{0,60}"
              + "|responsibility (?:was|has been) claimed by[^.;]{0,10})$",
          Pattern.CASE_INSENSITIVE);

  /** After the actor: it acted ("launched", "carried out", "attacked", "arrested"). */
  private static final Pattern ACTED_AFTER =
      Pattern.compile(
          "^(?:'s?|’s?)?\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:[\\w-]+\\s+){0,3}?(?:militants?|fighters|gunmen"
              + "|attackers?|assailants|bombers?|suicide bombers?|operatives|members|insurgents"
              + "|rebels|jihadists|terrorists?|forces|troops|officials|authorities|police|soldiers)?,?\\s*"
              + "(?:(?:also|then|later|reportedly|allegedly|had|has|have|last week|on \\w+|in \\w+)\\s+)*"
              + "(?:launched|carried out|attacked|stormed|bombed|killed|kidnapped|abducted|detonated"
              + "|fired|struck|staged|conducted|executed|ambushed|shot|seized|raided|arrested"
              + "|detained|captured|hit|targeted|blew up|set off|exploded|opened fire|took|mounted)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The actor modifies an attacker or event noun: "an ISIS–K suicide bomber", "al-Shabab blast".
   */
  private static final Pattern MODIFIES =
      Pattern.compile(
          "^(?:'s?|’s?)?\\s+(?:[\\w-]+\\s+){0,2}?(?:attackers?|bombers?|gunmen|gunman|militants?"
              + "|fighters|assailants|operatives|suicide bombers?|blast|bombing|attack|explosion"
              + "|assault|raid|siege|cell|operations?|plot|attacks|bombings|offensive)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Before the actor: the act was done by it ("committed by", "attackers associated with"). */
  private static final Pattern BY_BEFORE =
      Pattern.compile(
          "\\b(?:(?:carried out|committed|conducted|perpetrated|launched|claimed|staged|executed"
              + "|organi[sz]ed|led|mounted) by|(?:attackers?|gunmen|militants|bombers?|assailants)"
              + " (?:associated|affiliated|linked) with|(?:arrest|capture|killing|detention) of"
              + " [^,;.]{0,60}? by|(?:clash(?:es)?|shoot-?outs?|gun-?fights?|gun ?battles?|fire ?fights?"
              + "|encounters?|exchanges? of fire|fighting) with|by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}[\"“]?$",
          Pattern.CASE_INSENSITIVE);

  /** Between two coordinated actors, after an optional short form: " (FADM) and the ". */
  private static final Pattern COORDINATED =
      Pattern.compile("\\s*(?:\\([^)]{0,20}\\)\\s*)?(?:,|and|, and|&)\\s*(?:the\\s+)?");

  /** Units and parents: the owner of a unit named as such is not the one that acted. */
  private static final String UNIT =
      "(?:regional\\s+|local\\s+|west\\s+african\\s+|[\\p{Ll}-]+\\s+)?(?:branch|affiliate|faction|wing"
          + "|unit|province|cell|offshoot|splinter\\s+group|franchise)";

  private static final Pattern OWNER_OF_UNIT =
      Pattern.compile("^(?:'s|’s)\\s+" + UNIT + "\\s*,", Pattern.CASE_INSENSITIVE);

  private static final Pattern UNIT_OF_BEFORE =
      Pattern.compile(
          ",\\s*(?:an?|the)\\s+" + UNIT + "\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** "carried by the Islamic State's Amaq news agency": the owner of the medium made no claim. */
  private static final Pattern MEDIA_OF =
      Pattern.compile(
          "^(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?(?:news\\s+agency|agency|newsletter|magazine|media"
              + "|outlet|channel|website)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "Al-Shabaab, the Somali militant group allied with al-Qaeda, claimed": al-Qaeda describes. */
  private static final Pattern INSIDE_APPOSITION =
      Pattern.compile(
          ",\\s*(?:an?|the)\\s+(?:(?!\\b(?:was|were|is|are|has|had|have|been)\\b)[^,;.]){0,60}\\b"
              + "(?:with|of|to|from|by|against|and)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** An appositive after the actor: ", the Islamic State's regional branch,". */
  private static final Pattern APPOSITION =
      Pattern.compile("^\\s*(?:\\([^)]{1,20}\\)\\s*)?,\\s*(?:an?|the)\\s+[^,;.]{1,60},");

  /** Words that turn an attribution into suspicion. */
  private static final Pattern HEDGE =
      Pattern.compile(
          "\\b(?:suspect(?:ed|s)?|blam(?:ed|es|ing)|accus(?:ed|es|ing)|believed|likely|probably"
              + "|possibly|alleged(?:ly)?|linked to|link(?:ing)? (?:assailants|attackers)|hallmarks"
              + "|consistent with|routinely|could not confirm|no immediate claim|sought to link"
              + "|may have|might have|suspicion)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Others point at the actor: "officials suspected al-Shabaab", "blamed the PKK". */
  private static final Pattern SUSPECT_BEFORE =
      Pattern.compile(
          "\\b(?:suspect(?:ed|s|ing)?|blam(?:ed|es|ing)|accus(?:ed|es|ing)|pointed (?:the finger )?at"
              + "|linked (?:it |the \\w+ )?to|hallmarks of|consistent with|attributed (?:it |the \\w+ )?to)"
              + "\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** The actor is said to be suspected: "al-Shabaab was blamed for it". */
  private static final Pattern SUSPECT_AFTER =
      Pattern.compile(
          "^(?:'s|’s)?\\s+(?:was|is|were|are|has been|have been|had been)\\s+(?:widely\\s+|also\\s+)?"
              + "(?:suspected|blamed|believed to be behind|thought to be behind|accused)",
          Pattern.CASE_INSENSITIVE);

  /** A claim denied or absent: "No one has claimed responsibility". */
  private static final Pattern NO_CLAIM =
      Pattern.compile(
          "\\b(?:no one|nobody|no group|no immediate claim|did not claim|has not claimed|denied)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A relative or other clause between an actor and the event: "Turkey, which has been targeted
   * by".
   */
  private static final Pattern OTHER_CLAUSE =
      Pattern.compile(",\\s*(?:which|who|whom|whose)\\b|;", Pattern.CASE_INSENSITIVE);

  static List<AttributionMention> find(
      Sentence sentence, List<ActorMention> actors, Kind kind, List<EventMention> triggers) {
    List<AttributionMention> all = find(sentence, actors, kind);
    List<AttributionMention> out = new ArrayList<>();
    for (AttributionMention a : all) {
      if (a.attribution() != Attribution.STATED || sameClause(sentence, a.actor(), triggers)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Some trigger of the event lies in the actor's clause. */
  private static boolean sameClause(Sentence s, ActorMention a, List<EventMention> triggers) {
    for (EventMention t : triggers) {
      int from = Math.min(a.span().end(), t.span().end()) - s.span().start();
      int to = Math.max(a.span().start(), t.span().start()) - s.span().start();
      if (from >= to || !OTHER_CLAUSE.matcher(s.text().substring(from, to)).find()) {
        return true;
      }
    }
    return triggers.isEmpty();
  }

  static List<AttributionMention> find(Sentence sentence, List<ActorMention> actors, Kind kind) {
    String text = sentence.text();
    List<AttributionMention> out = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      ActorMention a = actors.get(i);
      if (a.anaphoric() && a.canonical().isEmpty()) {
        continue;
      }
      if (!eligible(a, kind)) {
        continue;
      }
      int s = a.span().start() - sentence.span().start();
      int e = a.span().end() - sentence.span().start();
      int coordinated = coordinatedWith(sentence, actors, i);
      int actedFrom =
          coordinated < 0 ? e : actors.get(coordinated).span().end() - sentence.span().start();
      if (OWNER_OF_UNIT.matcher(text.substring(e)).find()
          || MEDIA_OF.matcher(text.substring(e)).find()
          || INSIDE_APPOSITION.matcher(text.substring(0, s)).find()
              && text.substring(e).matches("(?s)\\s*,.*")
          || UNIT_OF_BEFORE.matcher(text.substring(0, s)).find()) {
        continue; // "ISWAP, the Islamic State's regional branch, claimed": the branch acted
      }
      String after = text.substring(e, Math.min(text.length(), e + 120));
      Matcher apposition = APPOSITION.matcher(after);
      if (apposition.find()) {
        after = after.substring(apposition.end()); // "X, the Y's regional branch, claimed"
      }
      String afterBoth = text.substring(actedFrom, Math.min(text.length(), actedFrom + 120));
      String before = text.substring(Math.max(0, s - 120), s);
      Attribution found = null;
      Span cue = a.span();
      if ((CLAIM_AFTER.matcher(after).find() || SAID_IT_DID.matcher(after).find())
          && !NO_CLAIM.matcher(text).find()) {
        found = Attribution.CLAIMED;
      } else if (CLAIM_BEFORE.matcher(before).find() && !NO_CLAIM.matcher(text).find()) {
        found = Attribution.CLAIMED;
      } else if (MODIFIES.matcher(after).find()
          || ACTED_AFTER.matcher(after).find()
          || actedFrom != e && ACTED_AFTER.matcher(afterBoth).find()
          || BY_BEFORE.matcher(before).find()) {
        found = Attribution.STATED;
      }
      if (found == null
          && (SUSPECT_BEFORE.matcher(before).find() || SUSPECT_AFTER.matcher(after).find())) {
        found = Attribution.SUSPECTED;
      }
      if (found == null) {
        continue;
      }
      if (found == Attribution.STATED && hedged(text, s, e)) {
        found = Attribution.SUSPECTED;
      }
      out.add(new AttributionMention(cue, a, found));
      // "U.S. Army Rangers and Afghan Special Forces": the coordinated actor acted too
      if (coordinated >= 0
          && found != Attribution.SUSPECTED
          && eligible(actors.get(coordinated), kind)) {
        ActorMention next = actors.get(coordinated);
        out.add(new AttributionMention(next.span(), next, found));
        i = coordinated;
      }
    }
    return out;
  }

  /**
   * The index of the actor coordinated with actor {@code i} ("X and Y", "X (short) and Y"),
   * skipping a short form in parentheses; -1 if none.
   */
  private static int coordinatedWith(Sentence sentence, List<ActorMention> actors, int i) {
    String text = sentence.text();
    int e = actors.get(i).span().end() - sentence.span().start();
    for (int j = i + 1; j < actors.size(); j++) {
      int ns = actors.get(j).span().start() - sentence.span().start();
      if (ns <= e) {
        continue;
      }
      String between = text.substring(e, ns);
      if (between.matches("\\s*\\(\\s*")) {
        continue; // "(FADM)": the short form of actor i
      }
      int ne = actors.get(j).span().end() - sentence.span().start();
      if (OWNER_OF_UNIT.matcher(text.substring(ne)).find()) {
        return -1; // "ISWAP, the Islamic State's regional branch,": an apposition, not a pair
      }
      return COORDINATED.matcher(between).matches() ? j : -1;
    }
    return -1;
  }

  private static boolean eligible(ActorMention a, Kind kind) {
    if (kind == Kind.SECURITY_OPERATION) {
      return a.actorClass() == ActorClass.STATE;
    }
    return a.actorClass() == ActorClass.ARMED_GROUP;
  }

  /** A hedge said of the actor itself: "(was) suspected", "most likely being responsible". */
  private static final Pattern HEDGE_AFTER =
      Pattern.compile(
          "^[^.;]{0,40}?\\b(?:(?:is|was|are|were|been|being)\\s+(?:widely\\s+|also\\s+)?"
              + "(?:suspected|believed|blamed|thought|accused|alleged)|most likely|probably|possibly"
              + "|likely being|may have|might have)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A hedge before the actor in its clause ("suspected the group's involvement"), or said of the
   * actor after it; a hedge about someone else ("arrested two men suspected of …") is not one.
   */
  private static boolean hedged(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 80), start);
    Matcher m = HEDGE.matcher(before);
    boolean hedgedBefore = false;
    while (m.find()) {
      hedgedBefore = !before.substring(m.end()).matches("(?s).*[.;].*");
    }
    return hedgedBefore || HEDGE_AFTER.matcher(text.substring(end)).find();
  }
}
