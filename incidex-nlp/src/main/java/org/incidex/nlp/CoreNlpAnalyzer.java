package org.incidex.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.incidex.text.Analyzer;
import org.incidex.text.Casing;
import org.incidex.text.Document;
import org.incidex.text.Segment;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * The adapter to Stanford CoreNLP: tokenises, tags parts of speech, lemmatises and finds named
 * entities in each segment our own segmenter found, and returns our {@link Sentence} records.
 *
 * <p>Each segment is annotated as exactly one sentence ({@code ssplit.isOneSentence}), so sentence
 * boundaries stay ours; CoreNLP's character offsets (relative to the segment) are shifted by the
 * segment's start, so token spans are offsets in the document's original text. Dates and numbers
 * are read by our own rules, so SUTime and the numeric classifiers stay off; entity classes are
 * PERSON, ORGANIZATION, LOCATION (or O).
 *
 * <p>A segment written in one case (an all-capitals wire, a lower-cased archive) tells the tagger
 * and the recogniser nothing by its capitals, so with standard options such a segment is truecased
 * first by a second pipeline, loaded the first time one is met; {@link AnalyzerOptions#caseless()}
 * truecases every segment. Token words stay the text's own.
 *
 * <p>Loading the models takes seconds: build one analyser and reuse it. It is safe for one thread
 * at a time per instance.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  /** Fewer letters than this say too little about case to switch pipelines. */
  private static final int MIN_LETTERS_FOR_CASE = 12;

  private final StanfordCoreNLP pipeline;
  private final AnalyzerOptions options;
  private StanfordCoreNLP truecasing;

  public CoreNlpAnalyzer(AnalyzerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.pipeline = new StanfordCoreNLP(properties(options));
  }

  public CoreNlpAnalyzer() {
    this(AnalyzerOptions.standard());
  }

  /** The CoreNLP configuration for these options; also used by the benchmark's bare pass. */
  public static Properties properties(AnalyzerOptions options) {
    Properties p = new Properties();
    // Truecasing needs only tokens, so it runs first: the tagger then sees "Cerezo", not "cerezo",
    // and tags names NNP (with truecasing after it, most lower-cased names came out NN).
    p.setProperty(
        "annotators",
        options.truecase()
            ? "tokenize,ssplit,truecase,pos,lemma,ner"
            : "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("tokenize.language", "en");
    p.setProperty(
        "tokenize.options",
        "invertible=true,splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    // One CRF (person, organisation, location) loads in ~4 s; the fine-grained classes add ~25 s
    // of loading and first-call set-up, and our gazetteer and lexicons cover what they add.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("threads", "1");
    if (options.truecase()) {
      p.setProperty("truecase.overwriteText", "true");
    }
    return p;
  }

  @Override
  public List<Sentence> analyze(Document document, List<Segment> segments) {
    String text = document.text();
    List<Sentence> out = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      Span span = segment.span();
      String sentenceText = span.of(text);
      Annotation annotation = new Annotation(sentenceText);
      pipelineFor(sentenceText).annotate(annotation);
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = label.beginPosition();
        int end = label.endPosition();
        if (start < 0 || end > sentenceText.length() || end <= start) {
          continue; // tokens CoreNLP invents (none with these options) have no place in the text
        }
        Span tokenSpan = new Span(span.start() + start, span.start() + end);
        String word = sentenceText.substring(start, end);
        String lemma = orDefault(label.lemma(), word);
        String pos = orDefault(label.tag(), "NN");
        String ner = orDefault(label.ner(), "O");
        tokens.add(new Token(tokenSpan, word, lemma, pos, ner));
      }
      out.add(new Sentence(document.id(), i, span, sentenceText, segment.kind(), tokens));
    }
    return out;
  }

  /** The pipeline for a segment: the truecasing one for text written in one case. */
  private StanfordCoreNLP pipelineFor(String sentenceText) {
    if (options.truecase() || !isWrittenInOneCase(sentenceText)) {
      return pipeline;
    }
    if (truecasing == null) {
      truecasing = new StanfordCoreNLP(properties(AnalyzerOptions.caseless()));
    }
    return truecasing;
  }

  /** Whether a text has enough letters and all of them in one case ("GUNMEN KILLED TWO"). */
  static boolean isWrittenInOneCase(String text) {
    Casing casing = Casing.of(text);
    return casing.letters() >= MIN_LETTERS_FOR_CASE && !casing.isMixed();
  }

  @Override
  public String name() {
    return "corenlp" + (options.truecase() ? "+truecase" : "");
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
