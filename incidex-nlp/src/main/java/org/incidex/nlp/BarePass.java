package org.incidex.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * A bare CoreNLP pass (tokenize, ssplit, pos, lemma, ner with the same models and settings as
 * {@link CoreNlpAnalyzer}, but CoreNLP's own sentence splitting over whole documents): the baseline
 * the benchmark measures Incidex against.
 */
public final class BarePass {
  private final StanfordCoreNLP pipeline;

  public BarePass(AnalyzerOptions options) {
    Properties p = CoreNlpAnalyzer.properties(options);
    p.remove("ssplit.isOneSentence");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one document and returns its number of sentences. */
  public int annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class).size();
  }
}
