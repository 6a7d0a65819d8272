package org.incidex.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AttributionMention;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.PlaceMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.TargetMention;
import org.incidex.model.Harm;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.text.Sentence;

/**
 * Stage: turns each sentence's mentions into incident frames, one per event the sentence reports.
 * Reads a document's sentences in order, with actor mentions already resolved by coreference;
 * returns new frames and changes nothing it receives.
 *
 * <p>A sentence reports an event when it has a specific trigger (not generic, not only a weak cue
 * like {@code killed}) or a weak or definite trigger with a figure, claim or reference. A frame
 * that names neither date nor place nor new perpetrator and only refers back ({@code the attack},
 * {@code At least 10 people were killed}) is a reference frame: fusion attaches it to the event
 * told before.
 */
public final class Framer {
  private static final Pattern PREVIOUS_FIGURE =
      Pattern.compile(
          "^(?:Previously|Earlier(?!\\s+(?:this|that|last|in|on|the)\\b)|Initially|At first)\\b",
          Pattern.CASE_INSENSITIVE);

  private final CountryPrior countryPrior = new CountryPrior();

  public List<IncidentFrame> frame(List<SentenceMentions> document) {
    Optional<Sourced<String>> prior = countryPrior.of(document);
    List<IncidentFrame> out = new ArrayList<>();
    for (SentenceMentions sm : document) {
      if (!sm.sentence().isBody()) {
        continue;
      }
      List<Mention> mentions = sm.mentions();
      out.addAll(frames(sm.sentence(), mentions, prior));
    }
    return out;
  }

  private List<IncidentFrame> frames(
      Sentence sentence, List<Mention> mentions, Optional<Sourced<String>> prior) {
    List<EventMention> triggers =
        reportingTriggers(sentence, withoutStateViolence(sentence, mentions));
    if (triggers.isEmpty()) {
      return List.of();
    }
    List<IncidentFrame> out = new ArrayList<>();
    for (EventUnit unit :
        EventUnits.split(triggers, mentions, sentence.text(), sentence.span().start())) {
      out.add(frame(sentence, unit, prior));
    }
    return out;
  }

  /**
   * Attack words whose agent is a state ("the US assassination of …") report no attack by a
   * non-state group; they are dropped (operations by forces are read by their own cues).
   */
  private static List<Mention> withoutStateViolence(Sentence sentence, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      if (m instanceof ActorMention a && a.actorClass() == org.incidex.mention.ActorClass.STATE) {
        for (Mention n : mentions) {
          if (n instanceof EventMention e
              && e.type().kind() == Kind.ATTACK
              && e.span().start() >= a.span().end()) {
            String between =
                sentence
                    .text()
                    .substring(
                        a.span().end() - sentence.span().start(),
                        e.span().start() - sentence.span().start());
            if (between.matches("\\s*(?:['’]s\\s*)?")) {
              out.remove(n);
            }
          }
        }
      }
    }
    return out;
  }

  /** "a coordinated attack", "an attack": an event introduced as one. */
  private static final Pattern INDEFINITE =
      Pattern.compile("\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);

  /**
   * Triggers that report an event: strong ones; or weak ones backed by a figure, a reference, an
   * indefinite article ("a coordinated attack … occurred") or a date or place in the sentence ("On
   * 21 September 2013, four masked gunmen attacked the Westgate shopping mall"). Agent words
   * ("gunmen", "suicide bomber", "grenades") join a reported event to type it, and report nothing
   * alone.
   */
  private static List<EventMention> reportingTriggers(Sentence sentence, List<Mention> mentions) {
    List<EventMention> strong = new ArrayList<>();
    List<EventMention> weak = new ArrayList<>();
    List<EventMention> agents = new ArrayList<>();
    boolean figure = false;
    boolean anchored = false;
    for (Mention m : mentions) {
      if (m instanceof EventMention e && !e.generic()) {
        switch (e.strength()) {
          case STRONG -> strong.add(e);
          case WEAK -> weak.add(e);
          case AGENT -> agents.add(e);
        }
      } else if (m instanceof CasualtyMention) {
        figure = true;
      } else if (m instanceof DateMention
          || m instanceof PlaceMention p && p.kind() != org.incidex.model.WherePrecision.COUNTRY) {
        anchored = true;
      }
    }
    List<EventMention> out = new ArrayList<>();
    if (!strong.isEmpty()) {
      out.addAll(strong);
      out.addAll(weak.stream().filter(EventMention::definite).toList());
    } else if (figure
        || anchored
        || weak.stream().anyMatch(EventMention::definite)
        || weak.stream().anyMatch(w -> introduced(sentence, w))) {
      out.addAll(weak);
    }
    if (!out.isEmpty()) {
      out.addAll(agents);
      out.sort((a, b) -> a.span().compareTo(b.span()));
    }
    return out;
  }

  private static boolean introduced(Sentence sentence, EventMention w) {
    int start = w.span().start() - sentence.span().start();
    String before = sentence.text().substring(Math.max(0, start - 40), start);
    return INDEFINITE.matcher(before).find() && !w.cue().startsWith("kill");
  }

  private IncidentFrame frame(Sentence sentence, EventUnit unit, Optional<Sourced<String>> prior) {
    List<Mention> ms = unit.mentions();
    IncidentType type = EventTypes.of(sentence, unit);
    List<ActorMention> actors = of(ms, ActorMention.class);
    List<AttributionMention> attributions =
        Attributions.find(sentence, actors, unit.kind(), unit.triggers());
    List<PlaceMention> places = new ArrayList<>(of(ms, PlaceMention.class));
    places.removeIf(p -> onTheWayTo(sentence, p));
    Optional<PlaceMention> place = EventPlaces.choose(sentence, places);
    Optional<DateMention> date = EventDates.nearest(sentence, unit);
    List<TargetMention> targets = new ArrayList<>(of(ms, TargetMention.class));
    if (unit.kind() == Kind.SECURITY_OPERATION) {
      targets.removeIf(
          t -> t.target() != Target.PRIVATE_CITIZENS && t.target() != Target.NON_STATE_MILITIA);
    }
    Optional<CasualtyMention> killed = Optional.empty();
    Optional<CasualtyMention> wounded = Optional.empty();
    Optional<CasualtyMention> casualties = Optional.empty();
    List<String> notes = new ArrayList<>();
    boolean previous = PREVIOUS_FIGURE.matcher(sentence.text()).find();
    for (CasualtyMention c : of(ms, CasualtyMention.class)) {
      if (unit.sharedFigures()) {
        notes.add(
            "joint toll shared with another incident, not assigned: " + sentence.textOf(c.span()));
        continue;
      }
      if (previous) {
        notes.add("earlier figure: " + sentence.textOf(c.span()));
        continue;
      }
      if (c.harm() == Harm.KILLED && killed.isEmpty()) {
        killed = Optional.of(c);
      } else if (c.harm() == Harm.WOUNDED && wounded.isEmpty()) {
        wounded = Optional.of(c);
      } else if (c.harm() == Harm.CASUALTIES && casualties.isEmpty()) {
        casualties = Optional.of(c);
      }
    }
    Optional<EventMention> suicide =
        unit.triggers().stream().filter(EventMention::suicide).findFirst();
    Optional<Sourced<String>> country = Countries.of(place, places, actors, sentence, prior);
    boolean reference = isReference(unit, date, place, attributions);
    SentenceRef ref = new SentenceRef(sentence.docId(), sentence.span(), sentence.text());
    return new IncidentFrame(
        ref,
        unit.kind(),
        type,
        unit.triggers(),
        date,
        places,
        place,
        country,
        attributions,
        targets,
        killed,
        wounded,
        casualties,
        suicide,
        reference,
        unit.aside(),
        notes);
  }

  /** "on his way to … in the city of Multan": a destination, not where the event happened. */
  private static final Pattern WAY_TO =
      Pattern.compile(
          "\\b(?:on (?:his|her|its|their|the) way|en route|heading|headed|travell?ing|driving"
              + "|going|returning)\\s+(?:back\\s+)?(?:to|towards?|for)\\b[^,;.]{0,60}$",
          Pattern.CASE_INSENSITIVE);

  /** The wounded taken somewhere for care: "flown to the military hospital in". */
  private static final Pattern TAKEN_TO =
      Pattern.compile(
          "\\b(?:taken|rushed|flown|airlifted|evacuated|transferred|brought|admitted|treated)\\s+"
              + "(?:to|at|in)\\b[^,;.]{0,60}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CARE =
      Pattern.compile("\\b(?:hospitals?|clinics?|medical|infirmary)\\b", Pattern.CASE_INSENSITIVE);

  /** On the way to a place, or where the wounded were treated: not where the event happened. */
  private static boolean onTheWayTo(Sentence sentence, PlaceMention p) {
    int start = p.span().start() - sentence.span().start();
    String before = sentence.text().substring(0, Math.max(0, start));
    if (WAY_TO.matcher(before).find()) {
      return true;
    }
    Matcher taken = TAKEN_TO.matcher(before);
    return taken.find()
        && CARE.matcher(
                sentence.text().substring(taken.start(), p.span().end() - sentence.span().start()))
            .find();
  }

  /** Refers back and adds no date, place or perpetrator of its own. */
  private static boolean isReference(
      EventUnit unit,
      Optional<DateMention> date,
      Optional<PlaceMention> place,
      List<AttributionMention> attributions) {
    // "died in the attack": words of harm tell nothing new when an event noun refers back
    boolean refersBack = unit.triggers().stream().anyMatch(t -> t.definite() && !isHarm(t));
    boolean told =
        unit.triggers().stream()
            .anyMatch(
                t ->
                    !t.definite()
                        && t.strength() != org.incidex.mention.Strength.AGENT
                        && !(refersBack && isHarm(t)));
    if (told) {
      return false;
    }
    // "the Beslan school siege in 2004", "the Westgate attack on 21 September": a date right by a
    // reference dates the event referred to, which may be a new one; a date elsewhere does not
    return date.isEmpty() || !nextTo(date.get(), unit.triggers());
  }

  private static final Pattern HARM =
      Pattern.compile("^(?:kill|murder|slain|died|dead|death|injur|wound|casualt|fatalit).*");

  private static boolean isHarm(EventMention t) {
    return t.strength() == org.incidex.mention.Strength.WEAK && HARM.matcher(t.cue()).matches();
  }

  /** Within a few words of one of the triggers. */
  private static boolean nextTo(DateMention date, List<EventMention> triggers) {
    for (EventMention t : triggers) {
      if (t.strength() != org.incidex.mention.Strength.AGENT
          && !date.relative()
          && date.span().distanceTo(t.span()) <= 12) {
        return true;
      }
    }
    return false;
  }

  static <T extends Mention> List<T> of(List<Mention> mentions, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (type.isInstance(m)) {
        out.add(type.cast(m));
      }
    }
    return out;
  }
}
