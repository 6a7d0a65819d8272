package org.incidex.frame;

import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.DateMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.text.Sentence;
import org.incidex.text.Span;

/**
 * Which of a sentence's dates is the day of an event: the one nearest its triggers, in its own
 * clause (or opening the sentence), and not a date of something else: a tenure or a state ("led
 * since early 2021"), the day a report was made ("Islamic State on Wednesday said").
 */
final class EventDates {
  private EventDates() {}

  /** A date written as a modifier of an event noun: "the 1998 bombing", "the 2014 Lamu attacks". */
  private static final Pattern MODIFIES_EVENT =
      Pattern.compile(
          "^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:bombings?|attacks?|siege|massacre|blasts?|explosions?"
              + "|shootings?|assault|kidnapping|hijacking|assassination)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A date that starts a state or a tenure, not the day of an event: "led since early 2021". */
  private static final Pattern BACKGROUND_DATE =
      Pattern.compile(
          "\\b(?:since|until|till|by|before|as early as|from)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Characters within which a date belongs to a trigger, unless it opens the sentence. */
  private static final int NEAR_DATE = 70;

  static Optional<DateMention> nearest(Sentence sentence, EventUnit unit) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : unit.mentions()) {
      if (m instanceof DateMention d && !isBackground(sentence, d)) {
        for (EventMention t : unit.triggers()) {
          if (t.strength() == org.incidex.mention.Strength.AGENT || datesTheClaim(t)) {
            continue;
          }
          if (reportedBetween(sentence, d.span(), t.span())
              || insideAside(sentence, d.span(), t.span())) {
            continue;
          }
          int distance = d.span().distanceTo(t.span());
          boolean opensSentence = d.span().start() - sentence.span().start() <= 25;
          if (distance > NEAR_DATE && !opensSentence && otherClause(sentence, d.span(), t.span())) {
            continue; // a date in another clause dates something else
          }
          if (distance < bestDistance) {
            bestDistance = distance;
            best = d;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Words that open another clause: a relative clause, a subordinate clause, a new sentence part.
   */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ",\\s*(?:which|who|whom|whose|where|but|while|although)\\b|;|\\b(?:after|before"
              + "|when|since|because|until)\\b",
          Pattern.CASE_INSENSITIVE);

  private static boolean otherClause(Sentence sentence, Span a, Span b) {
    int from = Math.min(a.end(), b.end()) - sentence.span().start();
    int to = Math.max(a.start(), b.start()) - sentence.span().start();
    if (from >= to) {
      return false;
    }
    // "The assault, which raised questions …, took place … on Wednesday": a relative clause
    // closed again is an aside inside the main clause
    String between =
        sentence.text().substring(from, to).replaceAll(",\\s*(?:which|who)[^,;]*,", " ");
    return CLAUSE_BREAK.matcher(between).find();
  }

  /**
   * A speech verb between a date and a later trigger: the date is when it was told, not when it
   * happened ("The next day, an official told Reuters that 37 people had been killed"). Verbs that
   * take the event as their object ("announced the arrest") are not here: an announcement date may
   * stand for the event's (GUIDELINES §3).
   */
  private static final Pattern REPORTED =
      Pattern.compile("\\b(?:said|says|told|stated|added|quoted)\\b", Pattern.CASE_INSENSITIVE);

  private static boolean reportedBetween(Sentence sentence, Span date, Span trigger) {
    if (date.end() > trigger.start()) {
      return false;
    }
    int from = date.end() - sentence.span().start();
    int to = trigger.start() - sentence.span().start();
    return REPORTED.matcher(sentence.text().substring(from, to)).find();
  }

  /** An aside set off by commas: ", who visited the village on Wednesday,". */
  private static final Pattern ASIDE =
      Pattern.compile(",\\s*(?:who|which|whom|whose)\\b[^,;]*,", Pattern.CASE_INSENSITIVE);

  /** A date inside a relative clause dates what that clause tells, not a trigger outside it. */
  private static boolean insideAside(Sentence sentence, Span date, Span trigger) {
    int offset = sentence.span().start();
    java.util.regex.Matcher m = ASIDE.matcher(sentence.text());
    while (m.find()) {
      int start = m.start() + offset;
      int end = m.end() + offset;
      boolean holdsDate = date.start() >= start && date.end() <= end;
      boolean holdsTrigger = trigger.start() >= start && trigger.end() <= end;
      if (holdsDate && !holdsTrigger) {
        return true;
      }
    }
    return false;
  }

  /**
   * A claim of responsibility is dated when the claim was made ("claimed responsibility … in a
   * statement carried on Tuesday"); the event it claims keeps the date its own sentences give.
   */
  private static boolean datesTheClaim(EventMention t) {
    return t.cue().startsWith("claim") || t.cue().startsWith("responsibility");
  }

  /** A date of the report, not of the event: "Islamic State on Wednesday said", "said Tuesday". */
  private static final Pattern SPEECH_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:said|says|told|announced|reported|claimed|confirmed|stated|added)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SPEECH_BEFORE =
      Pattern.compile(
          "\\b(?:said|says|told|announced|reported|confirmed|stated|added)(?:\\s+\\w+)?\\s+(?:on\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** A date of a statement: "in a statement carried on Tuesday", "a communique released Friday". */
  private static final Pattern STATEMENT_BEFORE =
      Pattern.compile(
          "\\b(?:statement|communiqu[eé]|message|video|audio|post|announcement|press conference)"
              + "\\s+(?:\\w+\\s+){0,3}?(?:on\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static boolean isBackground(Sentence sentence, DateMention d) {
    int start = d.span().start() - sentence.span().start();
    int end = d.span().end() - sentence.span().start();
    if (STATEMENT_BEFORE
        .matcher(sentence.text().substring(Math.max(0, start - 50), start))
        .find()) {
      return true; // when the statement was made, not when the event happened
    }
    if (SPEECH_AFTER.matcher(sentence.text().substring(end)).find()
        || SPEECH_BEFORE.matcher(sentence.text().substring(0, start)).find()) {
      return true; // when it was said, not when it happened
    }
    if (MODIFIES_EVENT.matcher(sentence.text().substring(end)).find()) {
      return false; // "since the 1998 bombing of the embassy": the date of that bombing
    }
    String before = sentence.text().substring(Math.max(0, start - 20), start);
    String written = sentence.textOf(d.span());
    return BACKGROUND_DATE.matcher(before).find()
        || written
            .toLowerCase(java.util.Locale.ROOT)
            .matches("^(?:since|until|by|before|from)\\b.*");
  }
}
