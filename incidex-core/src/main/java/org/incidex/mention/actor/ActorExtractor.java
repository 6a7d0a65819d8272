package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
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
 * ({@link StateActorRules}) and countries named where a state acts ({@link CountryActors});
 * organisations and persons the entity recogniser found, classified by their words ({@link
 * OrganizationWords}); and descriptions that refer back ({@code the group}, {@code Its leader}).
 * Spans are document offsets; names are returned as written.
 */
public final class ActorExtractor implements MentionExtractor {
  private final ActorLexicon lexicon;
  private final StateActorRules states;
  private final CountryActors countries;

  public ActorExtractor(ActorLexicon lexicon, Nationalities nationalities) {
    this.lexicon = lexicon;
    this.states = new StateActorRules(nationalities);
    this.countries = new CountryActors(nationalities);
  }

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    String text = sentence.text();
    boolean[] taken = new boolean[text.length()];
    List<ActorMention> out = new ArrayList<>();
    NameMatcher.Text prepared = NameMatcher.in(text);
    for (Map.Entry<String, LexiconEntry> n : lexicon.names()) {
      for (int[] at : prepared.find(n.getKey())) {
        if (free(taken, at[0], at[1]) && !inPersonName(text, at[0])) {
          LexiconEntry e = n.getValue();
          take(taken, at[0], at[1]);
          out.add(
              new ActorMention(
                  sentence.toDocument(at[0], at[1]),
                  text.substring(at[0], at[1]),
                  Optional.of(e.canonical()),
                  ActorType.ORGANIZATION,
                  e.actorClass(),
                  false));
        }
      }
    }
    List<ActorMention> stateMentions = new ArrayList<>(states.find(sentence));
    stateMentions.addAll(countries.find(sentence));
    for (ActorMention m : stateMentions) {
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

  /** An article joined to the name ("Abdul Malik al-Houthi"): a family name, not the group. */
  private static final java.util.regex.Pattern ARTICLE_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(?:al|el|ad|an|ar|as|ash|at|az)[-‐‑–]$");

  private static boolean inPersonName(String text, int start) {
    return ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
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
      boolean named =
          name.chars().anyMatch(Character::isUpperCase)
              && !OrganizationWords.isGeneric(name)
              && !(ner.equals("PERSON") && PersonNames.isOperation(tokens, start));
      if (free(taken, s, e) && named) {
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
