package org.incidex.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidex.mention.ActorMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.phrase.Phrase;
import org.incidex.mention.phrase.RoleContext;
import org.incidex.mention.phrase.Words;
import org.incidex.text.Token;

/**
 * Describes a candidate by named string features for the role model: its words (head, modifiers,
 * the whole phrase, tags and entity classes), its neighbours (words and verbs around it), what the
 * rule extractors said of the same words (actor class, role and cue, {@link RoleContext}), the
 * events of its sentence, and where the sentence is in the document. Reads only; never changes the
 * mentions.
 */
final class CandidateFeatures {
  private static final int VERB_WINDOW = 6;

  List<String> of(Candidate c, SentenceMentions sm, DocumentSummary doc) {
    Phrase p = c.phrase();
    List<Token> t = p.sentence().tokens();
    List<String> f = new ArrayList<>();
    f.add("bias");
    String text = Muc4Text.normalise(p.text());
    String head = p.headLemma();
    f.add("w=" + text);
    f.add("h=" + head);
    f.add("o=" + c.origin());
    f.add("o+h=" + c.origin() + "|" + head);
    f.add("n=" + Math.min(p.last() - p.first() + 1, 6));
    Token headToken = p.headToken();
    f.add("pos=" + headToken.pos());
    f.add("ner=" + headToken.ner());
    for (int i = p.first(); i < p.last(); i++) {
      if (i != p.head()) {
        f.add("m=" + Words.lower(t.get(i)));
      }
    }
    boolean allPerson = true;
    for (int i = p.first(); i <= p.last(); i++) {
      allPerson &= t.get(i).ner().equals("PERSON");
      if (Character.isDigit(t.get(i).word().charAt(0))) {
        f.add("digit");
      }
    }
    if (allPerson) {
      f.add("allperson");
    }
    context(f, t, p, head);
    mentions(f, sm, p, head);
    f.add("sent=" + bucket(c.sentence()));
    f.add("doc=" + doc.bucket());
    doc.typeFeatures().forEach(x -> f.add("doctype=" + x));
    f.add("seen=" + Math.min(doc.occurrences(text), 3));
    f.add("firstocc=" + (doc.firstSentence(text) == c.sentence()));
    return f;
  }

  private static void context(List<String> f, List<Token> t, Phrase p, String head) {
    String p1 = p.first() > 0 ? Words.lower(t.get(p.first() - 1)) : "<s>";
    String p2 = p.first() > 1 ? Words.lower(t.get(p.first() - 2)) : "<s>";
    String n1 = p.last() + 1 < t.size() ? Words.lower(t.get(p.last() + 1)) : "</s>";
    String n2 = p.last() + 2 < t.size() ? Words.lower(t.get(p.last() + 2)) : "</s>";
    f.add("p1=" + p1);
    f.add("p2=" + p2 + "_" + p1);
    f.add("n1=" + n1);
    f.add("n2=" + n1 + "_" + n2);
    f.add("p1+h=" + p1 + "|" + head);
    f.add("n1+h=" + n1 + "|" + head);
    for (int i = p.first() - 1; i >= Math.max(0, p.first() - VERB_WINDOW); i--) {
      if (t.get(i).pos().startsWith("VB")) {
        String v = t.get(i).lemma().toLowerCase(Locale.ROOT);
        f.add("pv=" + v);
        f.add("pv+h=" + v + "|" + head);
        break;
      }
    }
    for (int i = p.last() + 1; i < Math.min(t.size(), p.last() + 1 + VERB_WINDOW); i++) {
      if (t.get(i).pos().startsWith("VB")) {
        String v = t.get(i).lemma().toLowerCase(Locale.ROOT);
        f.add("nv=" + v);
        f.add("nv+h=" + v + "|" + head);
        break;
      }
    }
    RoleContext.of(p)
        .ifPresent(
            cue -> {
              f.add("rc=" + cue.side() + ":" + cue.rule());
              f.add("rc=" + cue.side() + ":" + cue.act().name());
              f.add("rc+h=" + cue.side() + ":" + cue.act().name() + "|" + head);
            });
  }

  private static void mentions(List<String> f, SentenceMentions sm, Phrase p, String head) {
    var span = p.span();
    int nearest = Integer.MAX_VALUE;
    String nearestType = "none";
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    for (Mention m : sm.mentions()) {
      kinds.add(m.getClass().getSimpleName());
      if (m instanceof ActorMention a && a.span().overlaps(span)) {
        String how = a.span().equals(span) ? "=" : a.span().contains(span) ? "<" : "~";
        f.add("actor" + how + a.actorClass());
        if (a.anaphoric()) {
          f.add("actor-description");
        }
      } else if (m instanceof RoleMention r && r.span().overlaps(span)) {
        String how = r.span().equals(span) ? "=" : r.span().contains(span) ? "<" : "~";
        f.add("role" + how + r.role());
        f.add("role" + how + r.role() + ":" + r.cue());
      } else if (m instanceof EventMention e && !e.generic()) {
        f.add("sev=" + e.type() + ":" + e.strength());
        if (e.isStrong()) {
          kinds.add("strong");
        }
        int d = e.span().distanceTo(span);
        if (d < nearest) {
          nearest = d;
          nearestType = e.type() + (e.span().start() < span.start() ? "<" : ">");
        }
      }
    }
    f.add(
        "evdist="
            + (nearest == Integer.MAX_VALUE
                ? "none"
                : nearest < 20 ? "near" : nearest < 60 ? "mid" : "far"));
    kinds.forEach(k -> f.add("skind=" + k));
    f.add("evnear=" + nearestType);
    f.add("evnear+h=" + nearestType + "|" + head);
  }

  private static String bucket(int sentence) {
    return sentence < 3
        ? Integer.toString(sentence)
        : sentence < 6 ? "3-5" : sentence < 10 ? "6-9" : "10+";
  }
}
