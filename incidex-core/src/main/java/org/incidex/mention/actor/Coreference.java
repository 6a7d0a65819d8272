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
 * militants}) takes the armed group named last before it; a short person name ({@code Zarqawi},
 * {@code al-Baghdadi}, {@code Noreen}, {@code Hayd}) takes the full name it ends or begins, said
 * earlier (or, failing that, later) in the document; a name the text introduced with an alias
 * ({@code the Northern Mujahideen Front, also known as the NMF}) is found wherever either name
 * recurs ({@link LearnedNames}). Returns new sentence mentions; unresolvable descriptions are
 * dropped, since they name no one.
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
    Optional<ActorMention> lastGroup = Optional.empty();
    for (SentenceMentions sm : document) {
      List<Mention> resolved = new ArrayList<>();
      for (Mention m : sm.mentions()) {
        if (!(m instanceof ActorMention a)) {
          resolved.add(m);
          continue;
        }
        if (a.anaphoric()) {
          if (lastGroup.isPresent()) {
            resolved.add(a.resolvedTo(lastGroup.get().name(), lastGroup.get().actorClass()));
          }
          continue;
        }
        if (a.type() == ActorType.PERSON && a.canonical().isEmpty()) {
          Optional<String> full = fullName(a, persons);
          if (full.isPresent()) {
            a = a.resolvedTo(full.get(), ActorClass.PERSON, LinkBasis.SHORT_NAME);
          }
        }
        if (a.isArmedGroup() && !isSource(sm, a)) {
          lastGroup = Optional.of(a);
        }
        resolved.add(a);
      }
      out.add(new SentenceMentions(sm.sentence(), resolved));
    }
    return out;
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

  /** "Zarqawi" ends "Abu Musab al-Zarqawi"; "Noreen" begins "Noreen Leghari". */
  static boolean abbreviates(List<String> shortName, List<String> fullName) {
    int n = shortName.size();
    boolean tail = fullName.subList(fullName.size() - n, fullName.size()).equals(shortName);
    boolean head = fullName.subList(0, n).equals(shortName);
    return tail || head;
  }

  /** Lower-case name words without the article "al-"; "al-Baghdadi" and "Baghdadi" agree. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String x =
          w.replaceAll("^(?:al|el|ar|as|ad|an|ash|at|az)[-‐‑–]", "").replaceAll("[^\\p{L}]", "");
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }
}
