package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;

/**
 * Stage: resolves actor mentions within a document. A description ({@code the group}, {@code the
 * militants}) takes the armed group its sentence named before it as a subject (not as the object of
 * "allegiance to", "split from", "the leader of"), else the subject of the sentence before (its
 * first such group outside a subordinate clause), else the group the document has named most so far
 * (the one it is about; the latest of equals); a short person name ({@code Zarqawi}, {@code
 * al-Baghdadi}, {@code Noreen}, {@code Hayd}) takes the full name it ends or begins, said earlier
 * (or, failing that, later) in the document; a name the text introduced with an alias ({@code the
 * Northern Mujahideen Front, also known as the NMF}) is found wherever either name recurs ({@link
 * LearnedNames}). Returns new sentence mentions; unresolvable descriptions are dropped, since they
 * name no one.
 */
public final class Coreference {

  public List<SentenceMentions> resolve(List<SentenceMentions> document) {
    document = ShortNames.apply(LearnedNames.apply(document));
    List<ActorMention> persons = new ArrayList<>();
    for (SentenceMentions sm : document) {
      for (ActorMention a : sm.all(ActorMention.class)) {
        if (a.type() == ActorType.PERSON && words(a.text()).size() >= 2) {
          persons.add(a);
        }
      }
    }
    List<SentenceMentions> out = new ArrayList<>();
    Salience salience = new Salience();
    Optional<ActorMention> previous = Optional.empty();
    for (SentenceMentions sm : document) {
      List<Mention> resolved = new ArrayList<>();
      Optional<ActorMention> inSentence = Optional.empty();
      Optional<ActorMention> mainSubject = Optional.empty();
      boolean lastWasObject = false;
      for (Mention m : sm.mentions()) {
        if (!(m instanceof ActorMention a)) {
          resolved.add(m);
          continue;
        }
        if (a.anaphoric()) {
          Optional<ActorMention> before = previous;
          Optional<ActorMention> antecedent = inSentence.or(() -> before).or(salience::top);
          if (antecedent.isPresent()) {
            ActorMention g = antecedent.get();
            ActorMention r = a.resolvedTo(g.name(), g.actorClass());
            resolved.add(r);
            salience.count(g);
            // "It was formed as a splinter group of the TTP": the subject stays what "It" means
            if (mainSubject.isEmpty() && r.isArmedGroup() && opensSentence(sm, a)) {
              mainSubject = Optional.of(r);
              inSentence = Optional.of(r);
            }
          }
          continue;
        }
        if (a.type() == ActorType.PERSON && a.canonical().isEmpty()) {
          Optional<String> full = fullName(a, persons);
          if (full.isPresent()) {
            a = a.resolvedTo(full.get(), ActorClass.PERSON, LinkBasis.SHORT_NAME);
          }
        }
        boolean shortForm = isShortFormOfPrevious(sm, a);
        if (a.isArmedGroup() && !isSource(sm, a) && !ownsANamedUnit(sm, a)) {
          salience.count(a);
          if (!(shortForm ? lastWasObject : isObject(sm, a))) {
            inSentence = Optional.of(a);
            if (mainSubject.isEmpty() && !isSubordinate(sm, a) && !isPossessive(sm, a)) {
              mainSubject = Optional.of(a);
            }
          }
        }
        if (!shortForm) {
          lastWasObject = isObject(sm, a);
        }
        resolved.add(a);
      }
      out.add(new SentenceMentions(sm.sentence(), resolved));
      previous = mainSubject.isPresent() ? mainSubject : inSentence;
    }
    return out;
  }

  /** How often each armed group has been named so far; the most named (latest on ties). */
  private static final class Salience {
    private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> lastSeen = new java.util.HashMap<>();
    private final java.util.Map<String, ActorMention> mentions = new java.util.HashMap<>();
    private int clock;

    void count(ActorMention a) {
      counts.merge(a.name(), 1, Integer::sum);
      lastSeen.put(a.name(), clock++);
      mentions.put(a.name(), a);
    }

    Optional<ActorMention> top() {
      String best = null;
      for (String n : counts.keySet()) {
        if (best == null
            || counts.get(n) > counts.get(best)
            || counts.get(n).equals(counts.get(best)) && lastSeen.get(n) > lastSeen.get(best)) {
          best = n;
        }
      }
      return Optional.ofNullable(best).map(mentions::get);
    }
  }

  /** Media of a group, through which it speaks: a group named as their owner is a source. */
  private static final java.util.regex.Pattern MEDIA_AFTER =
      java.util.regex.Pattern.compile(
          "^(?:'s|’s)\\s+(?:[\\w-]+\\s+){0,2}?(?:newsletter|magazine|website"
              + "|statement|media|news agency|agency|press office|channel|outlet|publication|spokesman)");

  /** "According to ISIS-Central's an-Naba newsletter": a source, not the group that acts. */
  private static boolean isSource(SentenceMentions sm, ActorMention a) {
    String text = sm.sentence().text();
    int start = a.span().start() - sm.sentence().span().start();
    int end = a.span().end() - sm.sentence().span().start();
    String before = text.substring(Math.max(0, start - 20), start);
    return before.matches("(?is).*\\baccording to\\s+(?:the\\s+)?$")
        || MEDIA_AFTER.matcher(text.substring(end)).find();
  }

  /** Prepositions whose object is another group than the one a later "the group" means. */
  private static final java.util.regex.Pattern OBJECT_BEFORE =
      java.util.regex.Pattern.compile(
          "\\b(?:to|with|from|against|towards?|of|between|among|by|for|into)\\s+(?:the\\s+)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}$");

  /** Words that open a subordinate clause: its subject is not the sentence's. */
  private static final java.util.regex.Pattern SUBORDINATE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:since|after|when|while|as|because|although|though|before|until|that|if|whereas"
              + "|once|unless)\\s+(?:the\\s+)?$");

  /** "ISMP, the Islamic State's regional branch,": the parent is described, not told of. */
  private static boolean ownsANamedUnit(SentenceMentions sm, ActorMention a) {
    int end = a.span().end() - sm.sentence().span().start();
    return sm.sentence()
        .text()
        .substring(end)
        .matches(
            "(?is)^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:branch|affiliate|faction|wing|unit|province"
                + "|franchise)\\s*,.*");
  }

  /** "JNIM’s Katiba Macina claimed": the owner is not the subject. */
  private static boolean isPossessive(SentenceMentions sm, ActorMention a) {
    int end = a.span().end() - sm.sentence().span().start();
    String rest = sm.sentence().text().substring(end);
    return rest.startsWith("'s") || rest.startsWith("’s");
  }

  /** "It was formed …", "The group claimed …": the description is the sentence's subject. */
  private static boolean opensSentence(SentenceMentions sm, ActorMention a) {
    return a.span().start() == sm.sentence().span().start();
  }

  /** "Tehrik-i-Taliban Pakistan (TTP)": the short form takes the role of the name before it. */
  private static boolean isShortFormOfPrevious(SentenceMentions sm, ActorMention a) {
    int start = a.span().start() - sm.sentence().span().start();
    return sm.sentence().text().substring(0, start).matches("(?s).*\\p{L}\\s*\\(\\s*");
  }

  private static boolean isSubordinate(SentenceMentions sm, ActorMention a) {
    int start = a.span().start() - sm.sentence().span().start();
    return SUBORDINATE_BEFORE.matcher(sm.sentence().text().substring(0, start)).find();
  }

  /** "pledged allegiance to the Islamic State, and the group …": the object is not the group. */
  private static boolean isObject(SentenceMentions sm, ActorMention a) {
    int start = a.span().start() - sm.sentence().span().start();
    String before = sm.sentence().text().substring(0, start);
    return OBJECT_BEFORE.matcher(before).find() && !MEMBERS_OF.matcher(before).find();
  }

  /** "fighters of ISMP stormed": the group whose members act is the subject, not an object. */
  private static final java.util.regex.Pattern MEMBERS_OF =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:fighters|militants|members|gunmen|insurgents|commanders|operatives|units)\\s+of"
              + "\\s+(?:the\\s+)?$");

  /** The longer name a short person name abbreviates, preferring one said before it. */
  private static Optional<String> fullName(ActorMention a, List<ActorMention> persons) {
    List<String> mine = words(a.text());
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    ActorMention before = null;
    ActorMention after = null;
    for (ActorMention p : persons) {
      List<String> theirs = words(p.text());
      if (theirs.size() <= mine.size() || !abbreviates(mine, theirs)) {
        continue;
      }
      if (p.span().start() < a.span().start()) {
        before = p;
      } else if (after == null) {
        after = p;
      }
    }
    ActorMention full = before != null ? before : after;
    return Optional.ofNullable(full).map(ActorMention::text);
  }

  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("al", "el", "ar", "as", "ad", "an", "ash", "at", "az");

  /** "Zarqawi" ends "Abu Musab al-Zarqawi"; "Noreen" begins "Noreen Leghari". */
  static boolean abbreviates(List<String> shortName, List<String> fullName) {
    int n = shortName.size();
    boolean tail = fullName.subList(fullName.size() - n, fullName.size()).equals(shortName);
    boolean head = fullName.subList(0, n).equals(shortName);
    return tail || head;
  }

  /**
   * Lower-case name words without the article "al-" or "al "; "al-Baghdadi", "Al Baghdadi" and
   * "Baghdadi" agree.
   */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String x =
          w.replaceAll("^(?:al|el|ar|as|ad|an|ash|at|az)[-‐‑–]", "").replaceAll("[^\\p{L}]", "");
      if (ARTICLES.contains(x)) {
        continue;
      }
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }
}
