package org.incidex.cli;

import org.incidex.nlp.AnalyzerOptions;
import org.incidex.nlp.CoreNlpAnalyzer;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;

/** Builds the standard pipeline with the CoreNLP analyser (loading models takes seconds). */
final class PipelineFactory {
  private PipelineFactory() {}

  static Pipeline standard() {
    return Pipelines.standard(new CoreNlpAnalyzer(AnalyzerOptions.standard()));
  }

  static Pipeline caseless() {
    return Pipelines.standard(new CoreNlpAnalyzer(AnalyzerOptions.caseless()));
  }
}
