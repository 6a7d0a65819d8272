package org.incidex.mention.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around an event cue: does it report one event, many, a habit or an intention
 * (generic), or refer back to an event already told (definite)? Each rule is a named pattern over
 * the text just before or after the cue.
 */
final class TriggerContext {
  private TriggerContext() {}

  /** Words before a cue that make it no single, real event. */
  private static final Pattern GENERIC_BEFORE =
      Pattern.compile(
          "(?:\\b(?:such|routinely|frequency of (?:its|their)|threats? (?:of|to)|threatened|fears? of"
              + "|to prevent|prevent|future|several|string of|series of|wave of|campaign of|number of"
              + "|spate of|rise in|increase in|responsible for|claimed responsibility for \\d+|more"
              + "|further|planned|planning|plans? to|plotting|plot to|intend(?:ed|s)? to|would|will"
              + "|could|may|might|capable of|stage|conducts?|carry out|carries out|wage|waging"
              + "|reprisal|against such|all|any|other|previous|repeated|frequent|numerous|many"
              + "|charged with|accused of|convicted of|sentenced for|tried for|guilty of"
              + "|dozens of|hundreds of|thousands of|why|(?:don't|do not|didn't|did not) (?:you|we|they)"
              + "|using|uses|use of|through|relies on|relying on)"
              + "\\s+(?:\\w+[- ]){0,2}$)",
          Pattern.CASE_INSENSITIVE);

  /** Many events under one name: "a number of attacks", "a wave of bombings". */
  private static final Pattern QUANTIFIED =
      Pattern.compile(
          "\\b(?:a|the)\\s+(?:large\\s+|growing\\s+|small\\s+)?(?:number|series|string|wave|spate"
              + "|campaign|spree|rash|litany|handful|couple)\\s+of\\s+(?:[\\w-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** Many events counted together: "13 attacks against Hazaras", "dozens of bombings". */
  private static final Pattern COUNTED =
      Pattern.compile(
          "\\b(?:\\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
              + "|fifteen|twenty|thirty|forty|fifty|hundred|dozens of|scores of|hundreds of)"
              + "(?:\\s+(?:more|other|separate|different|such|similar))?\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** A cue repeated a number of times: "the pipeline was bombed 41 times in 2021". */
  private static final Pattern REPEATED_AFTER =
      Pattern.compile(
          "^\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of"
              + "|scores of|hundreds of)\\s+times\\b",
          Pattern.CASE_INSENSITIVE);

  /** A bare "-ing" noun as the subject of a state: "Kidnapping has returned", "Bombing is rare". */
  private static final Pattern STATE_AFTER =
      Pattern.compile(
          "^\\s+(?:has|have|is|are|remains?|continues?|was)\\b(?!\\s+(?:killed|wounded|injured))",
          Pattern.CASE_INSENSITIVE);

  /** An infinitive or a noun-compound use: "to attack a church", "attack helicopters". */
  private static final Pattern TO_BEFORE = Pattern.compile("\\bto\\s+$", Pattern.CASE_INSENSITIVE);

  /** Words after a cue that make it a habit or background, not an event. */
  private static final Pattern GENERIC_AFTER =
      Pattern.compile(
          "^\\s+(?:helicopters?|aircraft|dogs?|squads?|capabilit(?:y|ies)|threats?|warnings?|plots?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A determiner or possessive that refers back: the, this, that, Saturday's. */
  private static final Pattern DEFINITE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:the|this|that|these|those|its|their|both|\\p{Lu}\\p{L}+(?:'s|’s))"
              + "(?:\\s+(?!(?:a|an)\\b)[\\p{L}-]+){0,3}\\s+$)",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** An indefinite article or number shortly before: "a suicide bombing", "twin bombings". */
  private static final Pattern INDEFINITE_BEFORE =
      Pattern.compile(
          "\\b(?:a|an|one|two|twin|three|a trio of|a pair of|double|triple|coordinated)"
              + "(?:\\s+[\\p{L}-]+){0,3}\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Context words of aggregates and long campaigns, for weak cues ("killed in the conflict"). */
  private static final Pattern AGGREGATE =
      Pattern.compile(
          "\\b(?:conflict|war|rebellion|insurgency|since the|since (?:1[89]|20)\\d\\d|so far this"
              + "|(?:in \\w+ )?(?:this|last|past) year\\b(?! (?:in|at|on|when)\\b)"
              + "|decade-long|per cent|percent|every year|each year|annually"
              + "|(?:in|over) (?:the )?(?:recent|past|last) (?:\\w+ )?(?:years|months|weeks|decades))\\b",
          Pattern.CASE_INSENSITIVE);

  /** An appositive that sums an event up: ", the first …", ", the deadliest …". */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          ",\\s+(?:the|its|their)\\s+(?:first|second|third|deadliest|worst|largest|latest"
              + "|biggest|most)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Cue words that here are something else: "a bomb threat", "strike" as a labour strike. */
  private static final List<Pattern> NOT_AN_EVENT =
      List.of(
          Pattern.compile("^strikes?$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^shelling$", Pattern.CASE_INSENSITIVE));

  /** A state of detention, not an arrest: "suspects who are detained at the school". */
  private static final Pattern STATE_OF_DETENTION =
      Pattern.compile(
          "\\b(?:are|is|remain|remains|being|been held and)\\s+(?:still\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  static boolean isNotAnEvent(String text, Matcher m) {
    String word = m.group();
    String before0 = text.substring(Math.max(0, m.start() - 30), m.start());
    if (word.toLowerCase(Locale.ROOT).startsWith("detain")
        && STATE_OF_DETENTION.matcher(before0).find()) {
      return true;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
    if (NOT_AN_EVENT.get(0).matcher(word).matches()) {
      // "strike" reports an attack only as "airstrike"-like compounds, matched by stronger cues
      return !after.matches("(?is)^\\s+(?:on|against|at|in)\\b.*");
    }
    return false;
  }

  static boolean isGeneric(String text, int start, int end, boolean weak) {
    String before = text.substring(Math.max(0, start - 60), start);
    String after = text.substring(end, Math.min(text.length(), end + 40));
    if (GENERIC_AFTER.matcher(after).find() || REPEATED_AFTER.matcher(after).find()) {
      return true;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (word.endsWith("ing")
        && STATE_AFTER.matcher(after).find()
        && !INDEFINITE_BEFORE.matcher(before).find()
        && !DEFINITE_BEFORE.matcher(before).find()) {
      return true; // "Kidnapping has returned as well": the practice, not an event
    }
    if (TO_BEFORE.matcher(before).find() && !word.endsWith("ed")) {
      return true; // "to attack a church": an intention
    }
    if (QUANTIFIED.matcher(before).find()) {
      return true; // "a number of attacks", "a string of bombings"
    }
    Matcher g = GENERIC_BEFORE.matcher(before);
    if (g.find() && !INDEFINITE_BEFORE.matcher(before).find()) {
      return true;
    }
    if (isBarePlural(word, before)) {
      return true;
    }
    if ((isPluralEventWord(word) || word.equals("clashes"))
        && !INDEFINITE_BEFORE.matcher(before).find()
        && !DEFINITE_BEFORE.matcher(before).find()
        && AGGREGATE.matcher(text).find()) {
      return true; // "so far this year, 100 people have been killed in clashes": many events
    }
    if (word.endsWith("s") && COUNTED.matcher(before).find()) {
      return true;
    }
    // "killed in the decade-long rebellion", "since the Taliban took over … killing 700": an
    // aggregate in the sentence, but not in an appositive after the trigger ("…, the first
    // American military casualties in the war")
    String scope = text.substring(0, end);
    String rest = text.substring(end);
    Matcher apposition = APPOSITIVE.matcher(rest);
    scope += apposition.find() ? rest.substring(0, apposition.start()) : rest;
    return weak && AGGREGATE.matcher(scope).find();
  }

  /** Words before a bare plural that make it events of one occasion: "hit by attacks". */
  private static final Pattern OCCASION_BEFORE =
      Pattern.compile(
          "\\b(?:hit|struck|rocked|targeted|killed|wounded|injured)\\s+by\\s+$"
              + "|\\b(?:in|during)\\s+(?:coordinated\\s+|simultaneous\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Plural nouns of events ("attacks", "bombings"), which may each name many events. */
  private static boolean isPluralEventWord(String word) {
    return word.matches(
        "(?:attacks|bombings|blasts|explosions|shootings|assaults|raids|killings"
            + "|kidnappings|abductions|assassinations|strikes|airstrikes|air strikes|massacres"
            + "|hijackings)");
  }

  /** "bloody attacks on Shia mosques": a plural noun with no determiner or number. */
  private static boolean isBarePlural(String word, String before) {
    if (OCCASION_BEFORE.matcher(before).find()) {
      return false;
    }
    if (!isPluralEventWord(word)) {
      return false;
    }
    return !INDEFINITE_BEFORE.matcher(before).find() && !DEFINITE_BEFORE.matcher(before).find();
  }

  /** First words of cue phrases that are verb phrases ("took … hostage", "launched rockets"). */
  private static final java.util.Set<String> VERB_FIRST =
      java.util.Set.of(
          "took",
          "taken",
          "taking",
          "held",
          "holding",
          "launched",
          "fired",
          "hurled",
          "threw",
          "lobbed",
          "turned",
          "set",
          "opened",
          "open",
          "shot",
          "blew",
          "slammed",
          "rammed",
          "crashed",
          "smashed",
          "ploughed",
          "plowed");

  /** A participle used as a noun: "the family of those killed", "some of the injured". */
  private static final Pattern NOMINAL_PARTICIPLE =
      Pattern.compile("\\b(?:those|the)\\s+$", Pattern.CASE_INSENSITIVE);

  /** A sentence about a trial or charges: the acts it lists are charges, not events told. */
  private static final Pattern LEGAL =
      Pattern.compile(
          "\\b(?:charged (?:\\w+ ){0,4}with|accused of|convicted of|sentenced (?:\\w+ ){0,3}for"
              + "|indicted for|on trial for|pleaded (?:not )?guilty|pleading (?:not )?guilty)\\b",
          Pattern.CASE_INSENSITIVE);

  static boolean isLegalProceeding(String text) {
    return LEGAL.matcher(text).find();
  }

  /** Whether the offset lies inside a quotation ("…" or “…”) of the sentence. */
  static boolean isQuoted(String text, int offset) {
    int straight = 0;
    int open = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '“') {
        open++;
      } else if (c == '”') {
        open = Math.max(0, open - 1);
      }
    }
    return straight % 2 == 1 || open > 0;
  }

  static boolean isDefinite(String text, int start, int end) {
    if (isQuoted(text, start)) {
      return true; // quoted speech comments on an event; it does not introduce one
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT).split("\\s+")[0];
    if (VERB_FIRST.contains(word)) {
      return false; // "The gunmen took 700 students hostage": a verb phrase, told, not referred to
    }
    if (word.endsWith("ed") && NOMINAL_PARTICIPLE.matcher(text.substring(0, start)).find()) {
      return true; // "those killed", "the wounded": the victims of an event told before
    }
    if (word.endsWith("ed") && !word.endsWith("dead")) {
      return false; // a verb ("the gunmen had been arrested") is told, not referred to
    }
    String before = text.substring(Math.max(0, start - 50), start);
    if (INDEFINITE_BEFORE.matcher(before).find()) {
      Matcher d = DEFINITE_BEFORE.matcher(before);
      Matcher i = INDEFINITE_BEFORE.matcher(before);
      return d.find() && i.find() && d.start() > i.start();
    }
    return DEFINITE_BEFORE.matcher(before).find();
  }
}
