package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.incidex.muc4.CachedAnalyzer;
import org.incidex.muc4.Muc4Document;
import org.incidex.muc4.Muc4Jsonl;
import org.incidex.muc4.Muc4Read;
import org.incidex.nlp.AnalyzerOptions;
import org.incidex.nlp.CoreNlpAnalyzer;
import org.incidex.text.Analyzer;
import picocli.CommandLine.Option;

/**
 * What {@code muc4} and {@code muc4-train} share: reading a MUC-4 JSONL file (each problem one
 * line), its first N documents, and the caseless CoreNLP analyser behind an optional cache.
 */
final class Muc4Input {
  @Option(
      names = "--analysis-cache",
      paramLabel = "DIR",
      description = "Keep CoreNLP analyses in DIR and reuse them on later runs.")
  Path cache;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents.")
  Integer limit;

  /** The file's documents (the first {@code --limit} of them); its problems are printed. */
  Muc4Read read(Path in, PrintWriter err) {
    Muc4Read read = new Muc4Jsonl().read(in);
    Output.problems(read.problems(), err);
    return read;
  }

  /** The first {@code --limit} documents, or all. */
  List<Muc4Document> limited(Muc4Read read) {
    List<Muc4Document> documents = read.documents();
    return limit == null ? documents : documents.subList(0, Math.min(limit, documents.size()));
  }

  /** Caseless CoreNLP, behind the analysis cache when a folder is given. */
  Analyzer analyzer() {
    if (cache == null) {
      return new CoreNlpAnalyzer(AnalyzerOptions.caseless());
    }
    return new CachedAnalyzer(
        cache, "corenlp+truecase", () -> new CoreNlpAnalyzer(AnalyzerOptions.caseless()));
  }
}
