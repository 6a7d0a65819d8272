package org.incidex.mention.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidex.text.Sentence;
import org.incidex.text.Token;

/**
 * Finds noun phrases by their tokens' tags: a head noun with the modifiers before it ({@code "santo
 * tomas" presidential farm}, {@code two powerful car bombs}), without the determiner; and, where a
 * head asks for one, its {@code of} complement ({@code sticks of dynamite}, {@code members of the
 * armed forces}). Quotation marks are kept only in pairs. Reads tokens only; never changes the
 * sentence.
 */
public final class NounPhrases {
  private NounPhrases() {}

  /** The longest phrase with its head at token {@code head}, modifiers to the left. */
  public static Phrase around(Sentence sentence, int head) {
    List<Token> tokens = sentence.tokens();
    int first = head;
    while (first > 0
        && (Words.isModifier(tokens.get(first - 1))
            || modifiesAdjective(tokens.get(first - 1), tokens.get(first)))) {
      first--;
    }
    first = balanceQuotes(tokens, first, head);
    while (first < head && !startsPhrase(tokens.get(first))) {
      first++;
    }
    return new Phrase(sentence, first, head, head);
  }

  /** Every maximal phrase: a noun not followed by another word of the same phrase. */
  public static List<Phrase> all(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Phrase> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!Words.isNoun(tokens.get(i))) {
        continue;
      }
      boolean continues = i + 1 < tokens.size() && continuesPhrase(tokens, i + 1);
      if (!continues) {
        out.add(around(sentence, i));
      }
    }
    return out;
  }

  /**
   * The phrase with its {@code of} complement, when the head is one of {@code heads} ({@code
   * members}, {@code sticks}): {@code members of the armed forces}. The complement's determiner
   * stays, since it is inside the span.
   */
  public static Phrase withComplement(Phrase p, Set<String> heads) {
    return heads.contains(p.headLemma()) ? withComplement(p) : p;
  }

  /** The phrase with its {@code of} complement, whatever its head; itself when it has none. */
  public static Phrase withComplement(Phrase p) {
    List<Token> tokens = p.sentence().tokens();
    int of = p.last() + 1;
    if (of + 1 >= tokens.size() || !Words.lower(tokens.get(of)).equals("of")) {
      return p;
    }
    int i = of + 1;
    while (i < tokens.size() && Words.isDeterminer(tokens.get(i))) {
      i++;
    }
    int last = -1;
    while (i < tokens.size() && (Words.isModifier(tokens.get(i)) || Words.isNoun(tokens.get(i)))) {
      if (Words.isNoun(tokens.get(i))) {
        last = i;
      }
      i++;
    }
    return last < 0 ? p : new Phrase(p.sentence(), p.first(), last, p.head());
  }

  /** An adverb before an adjective or participle of the phrase: "heavily armed men". */
  private static boolean modifiesAdjective(Token adverb, Token next) {
    return adverb.pos().equals("RB")
        && adverb.word().endsWith("ly")
        && (next.pos().startsWith("JJ") || next.pos().equals("VBN"));
  }

  private static boolean continuesPhrase(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (Words.isNoun(t)) {
      return true;
    }
    // a possessive or a hyphen joins the next noun: "cristiani 's government"
    return (t.pos().equals("POS") || Words.lower(t).equals("-"))
        && i + 1 < tokens.size()
        && Words.isNoun(tokens.get(i + 1));
  }

  private static boolean startsPhrase(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return !(w.equals("-") || t.pos().equals("POS") || w.equals("'s"));
  }

  /** Moves {@code first} past an unpaired quotation mark. */
  private static int balanceQuotes(List<Token> tokens, int first, int head) {
    int quotes = 0;
    for (int i = first; i <= head; i++) {
      if (isQuote(tokens.get(i))) {
        quotes++;
      }
    }
    while (quotes % 2 == 1 && first < head) {
      if (isQuote(tokens.get(first))) {
        quotes--;
      }
      first++;
    }
    return first;
  }

  public static boolean isQuote(Token t) {
    String w = t.word();
    return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”");
  }
}
