package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.model.ActorType;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * Finds actors named in a sentence, in this order (an earlier finding blocks later ones on the same
 * characters): names from the {@link ActorLexicon}; states and their forces named by nationality
 * ({@link StateActorRules}); organisations and persons the entity recogniser found, classified by
 * their words ({@link OrganizationWords}); and descriptions that refer back ({@code the group}).
 * Spans are document offsets; names are returned as written.
 */
public final class ActorExtractor implements MentionExtractor {
  private final ActorLexicon lexicon;
  private final StateActorRules states;

  public ActorExtractor(ActorLexicon lexicon, Nationalities nationalities) {
    this.lexicon = lexicon;
    this.states = new StateActorRules(nationalities);
  }

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    String text = sentence.text();
    String folded = FoldedText.fold(text);
    String lower = folded.toLowerCase(Locale.ROOT);
    boolean[] taken = new boolean[text.length()];
    boolean caseless = text.equals(lower) || text.equals(text.toUpperCase(Locale.ROOT));
    List<ActorMention> out = new ArrayList<>();
    for (Map.Entry<String, LexiconEntry> n : lexicon.names()) {
      String name = FoldedText.fold(n.getKey());
      boolean exact = ActorLexicon.isAcronym(name);
      String haystack = exact ? folded : lower;
      String needle = exact ? name : name.toLowerCase(Locale.ROOT);
      int from = 0;
      while ((from = haystack.indexOf(needle, from)) >= 0) {
        int end = from + needle.length();
        if (FoldedText.bounded(folded, from, end)
            && free(taken, from, end)
            && (exact || casedAlike(name, folded.substring(from, end), caseless))) {
          LexiconEntry e = n.getValue();
          take(taken, from, end);
          out.add(
              new ActorMention(
                  sentence.toDocument(from, end),
                  text.substring(from, end),
                  Optional.of(e.canonical()),
                  ActorType.ORGANIZATION,
                  e.actorClass(),
                  false));
        }
        from = end;
      }
    }
    for (ActorMention m : states.find(sentence)) {
      int s = m.span().start() - sentence.span().start();
      int e = m.span().end() - sentence.span().start();
      if (free(taken, s, e)) {
        take(taken, s, e);
        out.add(m);
      }
    }
    addEntities(sentence, taken, out);
    for (ActorMention m : Descriptions.find(sentence)) {
      int s = m.span().start() - sentence.span().start();
      int e = m.span().end() - sentence.span().start();
      if (free(taken, s, e)) {
        take(taken, s, e);
        out.add(m);
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  /** Runs of PERSON or ORGANIZATION tokens not already named by the lexicon. */
  private static void addEntities(Sentence sentence, boolean[] taken, List<ActorMention> out) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      int start = PersonNames.extendHonorific(tokens, i);
      Span span = tokens.get(start).span().union(tokens.get(j - 1).span());
      int s = span.start() - sentence.span().start();
      int e = span.end() - sentence.span().start();
      String name = sentence.textOf(span);
      if (free(taken, s, e) && name.chars().anyMatch(Character::isUpperCase)) {
        take(taken, s, e);
        if (ner.equals("PERSON")) {
          out.add(
              new ActorMention(
                  span, name, Optional.empty(), ActorType.PERSON, ActorClass.PERSON, false));
        } else {
          out.add(
              new ActorMention(
                  span,
                  name,
                  Optional.empty(),
                  ActorType.ORGANIZATION,
                  OrganizationWords.classify(name),
                  false));
        }
      }
      i = j;
    }
  }

  /** Small words that names write in lower case or capitalised alike ("al-Qaeda", "Al Qaeda"). */
  private static final java.util.Set<String> SMALL_WORDS =
      java.util.Set.of(
          "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the", "of", "wa", "wal", "and",
          "in", "for", "e", "i", "ul");

  /**
   * A capitalised word of the name must be capitalised in the text too, so "a fundamentalist
   * Islamic state" is not the Islamic State; texts written in one case are exempt.
   */
  static boolean casedAlike(String name, String found, boolean caseless) {
    if (caseless) {
      return true;
    }
    String[] want = name.split("[\\s-]+");
    String[] got = found.split("[\\s-]+");
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      if (want[i].isEmpty()
          || got[i].isEmpty()
          || SMALL_WORDS.contains(want[i].toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (Character.isUpperCase(want[i].charAt(0)) && !Character.isUpperCase(got[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }
}
