package org.incidex.server;

import java.util.function.Supplier;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.text.PlainAnalyzer;

/**
 * The pipeline the fast tests serve with: every extractor, but the model-free {@link PlainAnalyzer}
 * instead of CoreNLP. Built once per test JVM (loading the gazetteer takes seconds).
 */
final class TestServers {
  private static Pipeline plain;

  private TestServers() {}

  static synchronized Pipeline plainPipeline() {
    if (plain == null) {
      plain = Pipelines.standard(new PlainAnalyzer());
    }
    return plain;
  }

  static Supplier<Pipeline> plain() {
    return TestServers::plainPipeline;
  }
}
