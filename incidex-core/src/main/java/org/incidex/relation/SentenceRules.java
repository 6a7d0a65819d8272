package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Relations stated by a sentence's shape rather than by two adjacent names: a role in brackets
 * after a name ({@code Muslim Turkmani (deputy emir)}), a tenure in brackets ({@code Abu Bakr
 * al-Baghdadi (29 June 2014 – 27 October 2019)}), an appointment with its post, roles given {@code
 * respectively}, and sources of funding.
 */
final class SentenceRules {
  private static final Pattern BRACKET_ROLE =
      Pattern.compile("^\\s*\\((?<role>[\\p{Ll}][\\p{L} -]{2,60}?)\\)");
  private static final Pattern LEADER_WORD =
      Pattern.compile("\\b(?:emir|amir|leader|head|chief|caliph|commander-in-chief|founder)\\b");
  private static final Pattern DEPUTY_WORD = Pattern.compile("\\bdeputy\\b");
  private static final Pattern TENURE = Pattern.compile("^\\s*\\([^)]*\\d{4}[^)]*\\)");
  private static final Pattern LEADERSHIP_CONTEXT =
      Pattern.compile(
          "\\b(?:head|leader|caliph|emir|chief|led|leadership)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern APPOINTED =
      Pattern.compile(
          "^\\s+(?:\\p{Ll}+\\s+)?(?:appointed|named|designated|nominated|promoted)\\s+$");
  private static final Pattern POST =
      Pattern.compile(
          "^[^.;]{0,120}?\\b(?:to be|as|to the post of|to the position of)\\s+(?:the\\s+|its\\s+)?");
  private static final Pattern POST_TITLE =
      Pattern.compile(
          "^(?:'s|’s)?\\s*(?<role>[\\p{Ll}][\\p{Ll} -]{2,40}?(?:\\s+(?:for|of|in)\\s+[\\p{Lu}][\\p{L}]+"
              + "(?:\\s+(?:and|&)\\s+[\\p{Lu}][\\p{L}]+)?)?)(?=[.,;]|$)");
  private static final Pattern RESPECTIVELY =
      Pattern.compile(
          "(?:'s|’s)\\s+(?:first\\s+|new\\s+|former\\s+)?(?<title>emir|leader|commander|governor"
              + "|chief|head)s?\\s+of\\s+(?<p1>[\\p{Lu}][\\p{L}]+(?:\\s+Province)?)\\s+and\\s+"
              + "(?<p2>[\\p{Lu}][\\p{L}]+(?:\\s+Province)?),?\\s+respectively");

  private final Funding funding = new Funding();
  private final Tenures tenures = new Tenures();

  List<Relation> apply(
      SentenceMentions sm, List<ActorMention> actors, Optional<ActorMention> lastGroup) {
    List<Relation> out = new ArrayList<>();
    bracketRoles(sm, actors, out);
    appointments(sm, actors, out);
    respectively(sm, actors, out);
    out.addAll(funding.apply(sm, actors, lastGroup));
    return out;
  }

  /** "Muslim Turkmani (deputy emir)": a role of the group named last before it in the sentence. */
  private void bracketRoles(SentenceMentions sm, List<ActorMention> actors, List<Relation> out) {
    Sentence s = sm.sentence();
    int base = s.span().start();
    for (int i = 0; i < actors.size(); i++) {
      ActorMention p = actors.get(i);
      if (p.type() != ActorType.PERSON) {
        continue;
      }
      String after = s.text().substring(p.span().end() - base);
      Matcher m = BRACKET_ROLE.matcher(after);
      Matcher tenure = TENURE.matcher(after);
      Optional<ActorMention> org = orgBefore(actors, i);
      if (m.find() && org.isPresent() && !m.group("role").contains(" of ")) {
        String role = m.group("role").strip();
        Predicate predicate =
            DEPUTY_WORD.matcher(role).find()
                ? Predicate.DEPUTY_OF
                : LEADER_WORD.matcher(role).find() ? Predicate.LEADER_OF : Predicate.MEMBER_OF;
        out.add(
            new Relation(
                p.name(),
                predicate,
                org.get().name(),
                Optional.empty(),
                Optional.of(role),
                List.of(PatternRelationExtractor.ref(s))));
      } else if (tenure.find() && org.isPresent() && LEADERSHIP_CONTEXT.matcher(s.text()).find()) {
        Optional<When> when = tenures.after(s.text(), p.span().end() - base);
        when.ifPresent(
            w ->
                out.add(
                    new Relation(
                        p.name(),
                        Predicate.LEADER_OF,
                        org.get().name(),
                        Optional.of(w),
                        Optional.empty(),
                        List.of(PatternRelationExtractor.ref(s)))));
      }
    }
  }

  /** The nearest organisation named before the i-th actor (or, failing that, after it). */
  private static Optional<ActorMention> orgBefore(List<ActorMention> actors, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (actors.get(k).type() == ActorType.ORGANIZATION) {
        return Optional.of(actors.get(k));
      }
    }
    for (int k = i + 1; k < actors.size(); k++) {
      if (actors.get(k).type() == ActorType.ORGANIZATION) {
        return Optional.of(actors.get(k));
      }
    }
    return Optional.empty();
  }

  /** "A appointed B … to be the Islamic State's special representative for X": both relations. */
  private static void appointments(
      SentenceMentions sm, List<ActorMention> actors, List<Relation> out) {
    Sentence s = sm.sentence();
    int base = s.span().start();
    for (int i = 0; i + 1 < actors.size(); i++) {
      ActorMention a = actors.get(i);
      ActorMention b = actors.get(i + 1);
      if (b.type() != ActorType.PERSON) {
        continue;
      }
      String between = s.text().substring(a.span().end() - base, b.span().start() - base);
      if (!APPOINTED.matcher(between).matches()) {
        continue;
      }
      Optional<When> date = RelationDates.nearest(sm, a.span());
      String rest = s.text().substring(b.span().end() - base);
      Optional<String> role = Optional.empty();
      Optional<ActorMention> org = Optional.empty();
      Matcher post = POST.matcher(rest);
      if (post.find()) {
        int at = b.span().end() + post.end();
        for (ActorMention o : actors) {
          int lead = at - o.span().start();
          if (o.type() == ActorType.ORGANIZATION && lead >= 0 && lead <= 4 && o.span().end() > at) {
            org = Optional.of(o);
            at = o.span().end();
          }
        }
        Matcher title = POST_TITLE.matcher(s.text().substring(at - base));
        if (title.find()) {
          role = Optional.of(title.group("role").strip());
        }
      }
      out.add(
          new Relation(
              a.name(),
              Predicate.APPOINTED,
              b.name(),
              date,
              role,
              List.of(PatternRelationExtractor.ref(s))));
      if (org.isPresent()) {
        out.add(
            new Relation(
                b.name(),
                Predicate.MEMBER_OF,
                org.get().name(),
                date,
                role,
                List.of(PatternRelationExtractor.ref(s))));
      }
    }
  }

  /** "P1 and P2 who would become G's first emirs of X and Y, respectively". */
  private static void respectively(
      SentenceMentions sm, List<ActorMention> actors, List<Relation> out) {
    Sentence s = sm.sentence();
    Matcher m = RESPECTIVELY.matcher(s.text());
    if (!m.find()) {
      return;
    }
    int orgEnd = s.span().start() + m.start();
    ActorMention org = null;
    List<ActorMention> persons = new ArrayList<>();
    for (ActorMention a : actors) {
      if (a.span().end() == orgEnd && a.type() == ActorType.ORGANIZATION) {
        org = a;
      }
    }
    if (org == null) {
      return;
    }
    for (ActorMention a : actors) {
      if (a.type() == ActorType.PERSON && a.span().end() <= org.span().start()) {
        persons.add(a);
      }
    }
    if (persons.size() < 2) {
      return;
    }
    ActorMention p1 = persons.get(persons.size() - 2);
    ActorMention p2 = persons.get(persons.size() - 1);
    String title = m.group("title").toLowerCase(Locale.ROOT);
    out.add(
        new Relation(
            p1.name(),
            Predicate.LEADER_OF,
            org.name(),
            Optional.empty(),
            Optional.of(title + " of " + m.group("p1")),
            List.of(PatternRelationExtractor.ref(s))));
    out.add(
        new Relation(
            p2.name(),
            Predicate.LEADER_OF,
            org.name(),
            Optional.empty(),
            Optional.of(title + " of " + m.group("p2")),
            List.of(PatternRelationExtractor.ref(s))));
  }
}
