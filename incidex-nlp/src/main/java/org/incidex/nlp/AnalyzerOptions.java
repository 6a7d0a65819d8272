package org.incidex.nlp;

/**
 * How to run CoreNLP. {@code truecase} restores capitals before entity recognition, for
 * all-lower-case or all-upper-case wire text such as MUC-4.
 */
public record AnalyzerOptions(boolean truecase) {
  public static AnalyzerOptions standard() {
    return new AnalyzerOptions(false);
  }

  public static AnalyzerOptions caseless() {
    return new AnalyzerOptions(true);
  }
}
