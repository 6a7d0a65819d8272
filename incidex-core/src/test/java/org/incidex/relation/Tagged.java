package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.mention.date.DateExtractor;
import org.incidex.model.ActorType;
import org.incidex.model.Relation;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Segment;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;

/**
 * Sentences with hand-made actor mentions, for relation tests without CoreNLP. A tag names a
 * mention: {@code "P:Hussein al-Houthi"} a person, {@code "A:al-Shabaab"} an armed group, {@code
 * "S:Yemeni forces=Yemeni Armed Forces"} a state force (with its canonical name), {@code "O:FIFA"}
 * another organisation, {@code "D:the group=al-Shabaab"} a description resolved to a group. The
 * {@code n}-th occurrence of a text is meant by {@code "A:ISIS#2"}. Dates come from the real date
 * extractor.
 */
final class Tagged {
  private Tagged() {}

  private static final ActorLexicon LEXICON = ActorLexicon.standard();

  /** The extractor as the standard pipeline builds it, with the lexicon for names in names. */
  static final PatternRelationExtractor EXTRACTOR =
      new PatternRelationExtractor(n -> LEXICON.lookup(n).map(e -> e.canonical()));

  static SentenceMentions sentence(String text, String... tags) {
    Sentence s = PlainAnalyzer.of(text);
    List<Mention> mentions = new ArrayList<>();
    for (String tag : tags) {
      mentions.add(mention(s, tag));
    }
    Document doc = Document.of("test", text);
    mentions.addAll(new DateExtractor().extract(s, new DocumentContext(doc, List.of(s))));
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return new SentenceMentions(s, mentions);
  }

  /** A document of several sentences, each {@code {text, tag, tag…}}, joined by spaces. */
  static List<SentenceMentions> document(String[]... sentences) {
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
    Document doc = Document.of("test", text.toString());
    List<Sentence> analysed = new PlainAnalyzer().analyze(doc, segments);
    DocumentContext context = new DocumentContext(doc, analysed);
    List<SentenceMentions> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      Sentence s = analysed.get(i);
      List<Mention> mentions = new ArrayList<>();
      for (int k = 1; k < sentences[i].length; k++) {
        mentions.add(mention(s, sentences[i][k]));
      }
      mentions.addAll(new DateExtractor().extract(s, context));
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      out.add(new SentenceMentions(s, mentions));
    }
    return out;
  }

  /** The relations of a document of several tagged sentences. */
  static List<String> relations(String[]... sentences) {
    return described(EXTRACTOR.extract(document(sentences), List.of()));
  }

  static ActorMention mention(Sentence s, String tag) {
    char kind = tag.charAt(0);
    String rest = tag.substring(2);
    int occurrence = 1;
    int hash = rest.lastIndexOf('#');
    if (hash > 0) {
      occurrence = Integer.parseInt(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    String written = rest;
    Optional<String> canonical = Optional.empty();
    int eq = rest.indexOf('=');
    if (eq > 0) {
      written = rest.substring(0, eq);
      canonical = Optional.of(rest.substring(eq + 1));
    }
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = s.text().indexOf(written, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("'" + written + "' is not in: " + s.text());
    }
    ActorType type = kind == 'P' ? ActorType.PERSON : ActorType.ORGANIZATION;
    ActorClass cls =
        switch (kind) {
          case 'P' -> ActorClass.PERSON;
          case 'A', 'D' -> ActorClass.ARMED_GROUP;
          case 'S' -> ActorClass.STATE;
          default -> ActorClass.OTHER;
        };
    return new ActorMention(
        s.toDocument(at, at + written.length()), written, canonical, type, cls, kind == 'D');
  }

  /** The relations of a one-sentence document, as {@code subject predicate object}. */
  static List<String> relations(String text, String... tags) {
    return described(EXTRACTOR.extract(List.of(sentence(text, tags)), List.of()));
  }

  static List<String> described(List<Relation> relations) {
    return relations.stream()
        .map(
            r ->
                r.subject()
                    + " "
                    + r.predicate().name().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + r.object()
                    + r.role().map(x -> " [" + x + "]").orElse("")
                    + r.date()
                        .map(w -> " @" + w.start() + w.end().map(e -> ".." + e).orElse(""))
                        .orElse(""))
        .toList();
  }
}
