package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;

/**
 * Short forms of names a document gives in full: a person's surname ({@code al-Shishani}, {@code
 * Rage}, {@code bin Laden} after {@code Abu Omar al-Shishani}, {@code Ali Mohamoud Rage}, {@code
 * Osama bin Laden}) and an organisation's name without its generic tail ({@code Amaq} after {@code
 * Amaq News Agency}). Where the entity recogniser missed a short form, or took it for the wrong
 * sort of name, it becomes a mention of the full name: the nearest said before it, else the first
 * after. Returns new sentence mentions; offsets are document offsets.
 */
final class ShortNames {
  private ShortNames() {}

  /** Lower-case words that belong to the surname after them: "bin Laden", "al Zubeir". */
  private static final Set<String> SURNAME_PARTICLES =
      Set.of("bin", "ibn", "al", "el", "ul", "ud", "ur", "de", "van", "von", "da", "abu");

  /** An organisation's generic tail, after which the head alone still names it. */
  private static final Pattern ORG_TAIL =
      Pattern.compile(
          "^(?<head>\\p{Lu}[\\p{L}'’-]{3,})\\s+(?:News\\s+Agency|Agency|Group|Movement|Network"
              + "|Organi[sz]ation|Foundation|Media\\s+Center|Media\\s+Foundation)$");

  /** Heads too common to stand for the organisation alone. */
  private static final Set<String> COMMON_HEADS =
      Set.of(
          "national",
          "international",
          "islamic",
          "united",
          "democratic",
          "popular",
          "federal",
          "central",
          "revolutionary",
          "foreign",
          "state",
          "news",
          "world",
          "global",
          "african",
          "arab",
          "american",
          "european",
          "asian",
          "human",
          "press",
          "associated");

  static List<SentenceMentions> apply(List<SentenceMentions> document) {
    List<Full> fulls = new ArrayList<>();
    for (SentenceMentions sm : document) {
      for (ActorMention a : sm.all(ActorMention.class)) {
        if (!a.anaphoric()) {
          shortForms(a).forEach(f -> fulls.add(new Full(f, a)));
        }
      }
    }
    if (fulls.isEmpty()) {
      return document;
    }
    List<SentenceMentions> out = new ArrayList<>();
    for (SentenceMentions sm : document) {
      List<Mention> mentions = new ArrayList<>(sm.mentions());
      Map<String, int[]> seen = new LinkedHashMap<>();
      NameMatcher.Text prepared = NameMatcher.in(sm.sentence().text());
      for (Full f : fulls) {
        for (int[] at : prepared.find(f.shortForm())) {
          seen.putIfAbsent(at[0] + ":" + at[1], at);
        }
      }
      for (int[] at : seen.values()) {
        int start = sm.sentence().span().start() + at[0];
        int end = sm.sentence().span().start() + at[1];
        String text = sm.sentence().text().substring(at[0], at[1]);
        Optional<ActorMention> full = nearest(fulls, text, start);
        if (full.isEmpty()) {
          continue;
        }
        Optional<ActorMention> same = covering(mentions, start, end);
        boolean possessor = same.isPresent() && ownedBy(same.get(), start, end, sm);
        if (same.isPresent() && !possessor && !replaceable(same.get(), start, end)) {
          continue;
        }
        if (!possessor) {
          same.ifPresent(mentions::remove);
        }
        ActorMention f = full.get();
        mentions.add(
            new ActorMention(
                sm.sentence().toDocument(at[0], at[1]),
                text,
                Optional.of(f.name()),
                f.type(),
                f.actorClass(),
                false,
                LinkBasis.SHORT_NAME));
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      out.add(new SentenceMentions(sm.sentence(), mentions));
    }
    return out;
  }

  /** The forms that may stand alone for a full name. */
  static List<String> shortForms(ActorMention a) {
    String text = a.text().strip();
    List<String> out = new ArrayList<>();
    if (a.type() == ActorType.PERSON && a.canonical().map(c -> c.equals(text)).orElse(true)) {
      String[] words = text.split("\\s+");
      if (words.length < 2) {
        return out;
      }
      String last = words[words.length - 1];
      String bare = last.replaceFirst("^(?i:al|el|ad|an|ar|as|ash|at|az)[-‐‑–]", "");
      if (letters(bare) < 4 || PersonNames.HONORIFICS.contains(bare)) {
        return out;
      }
      String before = words[words.length - 2];
      if (words.length >= 3 && SURNAME_PARTICLES.contains(before.toLowerCase(Locale.ROOT))) {
        out.add(before + " " + last);
      }
      out.add(last);
      if (!bare.equals(last)) {
        out.add(bare);
      }
    } else if (a.type() == ActorType.ORGANIZATION && a.actorClass() != ActorClass.STATE) {
      Matcher m = ORG_TAIL.matcher(a.name());
      if (m.matches() && !COMMON_HEADS.contains(m.group("head").toLowerCase(Locale.ROOT))) {
        out.add(m.group("head"));
      }
    }
    return out;
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
  }

  /** The full name nearest before {@code at} whose short form this is, else the first after. */
  private static Optional<ActorMention> nearest(List<Full> fulls, String text, int at) {
    ActorMention before = null;
    ActorMention after = null;
    String key = ActorLexicon.key(text);
    for (Full f : fulls) {
      if (!ActorLexicon.key(f.shortForm()).equals(key)) {
        continue;
      }
      ActorMention m = f.full();
      if (m.span().end() <= at) {
        if (before == null || m.span().start() > before.span().start()) {
          before = m;
        }
      } else if (m.span().start() > at
          && (after == null || m.span().start() < after.span().start())) {
        after = m;
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /** An actor mention overlapping {@code start..end}, if any. */
  private static Optional<ActorMention> covering(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m instanceof ActorMention a && a.span().start() < end && start < a.span().end()) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * A name that begins with the short form as a possessive ({@code al-Assad's troops}): the person
   * is named inside it, and both mentions stand.
   */
  private static boolean ownedBy(ActorMention m, int start, int end, SentenceMentions sm) {
    String rest = sm.sentence().textOf(m.span()).substring(end - m.span().start());
    return m.span().start() == start && m.span().end() > end && rest.matches("(?s)^(?:'s|’s)\\s.*");
  }

  /** A recogniser's name on exactly these characters that no rule has resolved yet. */
  private static boolean replaceable(ActorMention m, int start, int end) {
    return m.span().start() == start
        && m.span().end() == end
        && !m.anaphoric()
        && (m.canonical().isEmpty() || m.canonical().get().equals(m.text()));
  }

  private record Full(String shortForm, ActorMention full) {}
}
