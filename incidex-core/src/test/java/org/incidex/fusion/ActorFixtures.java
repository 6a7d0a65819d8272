package org.incidex.fusion;

import java.util.ArrayList;
import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.actor.ActorExtractor;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.mention.actor.AliasExtractor;
import org.incidex.mention.actor.Coreference;
import org.incidex.mention.actor.CountryNationalities;
import org.incidex.model.Actor;
import org.incidex.place.Countries;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Segment;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * Documents built by hand for actor tests, without CoreNLP: sentences joined by spaces, analysed by
 * {@link PlainAnalyzer}, with the entity classes a recogniser would give written as tags ({@code
 * "PERSON:Abu Bakr al-Baghdadi"}, {@code "ORGANIZATION:Amaq News Agency"}); then the real actor and
 * alias extractors, coreference and the resolver.
 */
final class ActorFixtures {
  private ActorFixtures() {}

  static final ActorLexicon LEXICON = ActorLexicon.standard();
  static final ActorExtractor ACTORS =
      new ActorExtractor(LEXICON, new CountryNationalities(Countries.load()));
  static final AliasExtractor ALIASES = new AliasExtractor();

  /** One sentence: its text, then entity tags. */
  static String[] s(String text, String... tags) {
    String[] out = new String[tags.length + 1];
    out[0] = text;
    System.arraycopy(tags, 0, out, 1, tags.length);
    return out;
  }

  /** The resolved sentence mentions of a document. */
  static List<SentenceMentions> resolved(String docId, String[]... sentences) {
    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    for (String[] line : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      segments.add(
          new Segment(
              new Span(text.length(), text.length() + line[0].length()), SegmentKind.SENTENCE));
      text.append(line[0]);
    }
    Document doc = Document.of(docId, text.toString());
    List<Sentence> analysed = new PlainAnalyzer().analyze(doc, segments);
    List<Sentence> tagged = new ArrayList<>();
    for (int i = 0; i < analysed.size(); i++) {
      tagged.add(tag(analysed.get(i), sentences[i]));
    }
    DocumentContext context = new DocumentContext(doc, tagged);
    List<SentenceMentions> found = new ArrayList<>();
    for (Sentence s : tagged) {
      List<Mention> mentions = new ArrayList<>(ACTORS.extract(s, context));
      mentions.addAll(ALIASES.extract(s, context));
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      found.add(new SentenceMentions(s, mentions));
    }
    return new Coreference().resolve(found);
  }

  /** The actors of one document. */
  static List<Actor> actorsOf(String docId, String[]... sentences) {
    return new ActorResolver().actorsOf(docId, resolved(docId, sentences));
  }

  /** Tokens inside each tagged name get its entity class. */
  private static Sentence tag(Sentence s, String[] line) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (int k = 1; k < line.length; k++) {
      int colon = line[k].indexOf(':');
      String ner = line[k].substring(0, colon);
      String name = line[k].substring(colon + 1);
      int at = s.text().indexOf(name);
      if (at < 0) {
        throw new IllegalArgumentException("'" + name + "' is not in: " + s.text());
      }
      Span span = s.toDocument(at, at + name.length());
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (span.contains(t.span())) {
          tokens.set(i, new Token(t.span(), t.word(), t.lemma(), t.pos(), ner));
        }
      }
    }
    return new Sentence(s.docId(), s.index(), s.span(), s.text(), s.kind(), tokens);
  }
}
