package org.incidex.muc4;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.mention.ActorMention;
import org.incidex.mention.Mention;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.phrase.NounPhrases;
import org.incidex.mention.phrase.Phrase;
import org.incidex.mention.phrase.Words;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * Stage: lists every phrase of a sentence that could fill a MUC-4 slot, in the forms an answer key
 * writes them: each noun phrase and its shorter forms ({@code powerful car bomb}, {@code car bomb},
 * {@code bomb}), with an {@code of} complement ({@code members of the armed forces}) or an acronym
 * in brackets ({@code ... liberation front (fmln)}), with the phrase that owns it ({@code trushin
 * 's car}, {@code cristiani 's residence}), runs of names the recogniser found, and the spans of
 * actor and role mentions. One candidate per token range; the first origin found names it.
 */
final class CandidateFinder {
  /** Longer phrases are sentences, not fillers. */
  private static final int MAX_TOKENS = 12;

  private static final Set<String> ENTITY_CLASSES = Set.of("PERSON", "ORGANIZATION");

  List<Candidate> find(SentenceMentions sm, int sentenceIndex) {
    Sentence s = sm.sentence();
    Map<Long, Candidate> out = new LinkedHashMap<>();
    for (Phrase p : NounPhrases.all(s)) {
      possessive(p).ifPresent(owned -> ownerForms(out, owned, sentenceIndex));
      Phrase withOf = NounPhrases.withComplement(p);
      Phrase withAcronym = withAcronym(p);
      for (int k = p.first(); k <= p.head(); k++) {
        if (!startsCandidate(s.tokens().get(k))) {
          continue;
        }
        String form = k == p.first() ? "np" : "suffix";
        add(out, p.from(k), sentenceIndex, form);
        if (withOf != p) {
          add(out, withOf.from(k), sentenceIndex, form + "+of");
        }
        if (withAcronym != p) {
          add(out, withAcronym.from(k), sentenceIndex, form + "+acronym");
        }
      }
    }
    entityRuns(s, sentenceIndex, out);
    for (Mention m : sm.mentions()) {
      if (m instanceof ActorMention a) {
        phraseOf(s, a.span()).ifPresent(p -> add(out, p, sentenceIndex, "actor"));
      } else if (m instanceof RoleMention r) {
        phraseOf(s, r.span()).ifPresent(p -> add(out, p, sentenceIndex, "role"));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * {@code trushin 's car}: the phrase with the noun phrase that owns it, when a possessive marker
   * comes right before it (the noun phrase finder stops at the marker). The head stays the owned
   * noun; the owner's shorter forms are kept too ({@code cristiani 's residence} of {@code
   * president alfredo cristiani 's residence}), up to the owner's head.
   */
  static Optional<Phrase> possessive(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int marker = p.first() - 1;
    if (marker < 1 || !t.get(marker).pos().equals("POS") || !Words.isNoun(t.get(marker - 1))) {
      return Optional.empty();
    }
    Phrase owner = NounPhrases.around(p.sentence(), marker - 1);
    return Optional.of(new Phrase(p.sentence(), owner.first(), p.last(), p.head()));
  }

  /** The owned phrase from every start up to the possessive marker. */
  private static void ownerForms(Map<Long, Candidate> out, Phrase owned, int sentence) {
    List<Token> t = owned.sentence().tokens();
    for (int k = owned.first(); k < owned.head() && !t.get(k).pos().equals("POS"); k++) {
      if (startsCandidate(t.get(k))) {
        add(out, owned.from(k), sentence, "poss");
      }
    }
  }

  private static void add(Map<Long, Candidate> out, Phrase p, int sentence, String origin) {
    if (p.last() - p.first() + 1 > MAX_TOKENS) {
      return;
    }
    long key = ((long) p.first() << 32) | p.last();
    out.putIfAbsent(key, new Candidate(p, sentence, origin));
  }

  private static boolean startsCandidate(Token t) {
    String w = Words.lower(t);
    return Character.isLetterOrDigit(w.charAt(0)) || NounPhrases.isQuote(t);
  }

  /** {@code ... liberation front (fmln)}: an acronym in brackets right after the phrase. */
  private static Phrase withAcronym(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int open = p.last() + 1;
    if (open + 2 < t.size()
        && t.get(open).word().equals("(")
        && t.get(open + 2).word().equals(")")
        && Character.isLetter(t.get(open + 1).word().charAt(0))) {
      return new Phrase(p.sentence(), p.first(), open + 2, p.head());
    }
    return p;
  }

  /** Runs of PERSON or ORGANIZATION tokens. */
  private static void entityRuns(Sentence s, int sentenceIndex, Map<Long, Candidate> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      String ner = t.get(i).ner();
      if (!ENTITY_CLASSES.contains(ner)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && t.get(j + 1).ner().equals(ner)) {
        j++;
      }
      add(out, new Phrase(s, i, j, j), sentenceIndex, ner.toLowerCase(java.util.Locale.ROOT));
      i = j + 1;
    }
  }

  /** The tokens that make up a mention's span, if the span starts and ends on token edges. */
  private static java.util.Optional<Phrase> phraseOf(Sentence s, Span span) {
    int first = -1;
    int last = -1;
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).span().start() == span.start()) {
        first = i;
      }
      if (t.get(i).span().end() == span.end()) {
        last = i;
      }
    }
    return first >= 0 && last >= first
        ? java.util.Optional.of(new Phrase(s, first, last, last))
        : java.util.Optional.empty();
  }
}
