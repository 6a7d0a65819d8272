package org.incidex.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.io.DocumentReader;
import org.incidex.io.ReadResult;
import org.incidex.nlp.AnalyzerOptions;
import org.incidex.nlp.BarePass;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code incidex bench DIR}: documents/s, sentences/s and peak heap of Incidex's extraction, and of
 * a bare CoreNLP pass over the same texts in the same run, with their ratio. Models are loaded and
 * each pass warmed up before timing; each pass runs {@code --rounds} times and the best is kept,
 * since the machine may be shared.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure extraction throughput against a bare CoreNLP pass on the same texts.")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files of documents.")
  List<Path> inputs;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description = "Timed rounds per pass (default 3).")
  int rounds;

  /** One pass's figures. */
  record Figures(String name, int documents, int sentences, double seconds, long peakHeapBytes) {
    double documentsPerSecond() {
      return documents / seconds;
    }

    double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  @Override
  public Integer call() {
    ReadResult read = new DocumentReader().read(inputs);
    read.problems().forEach(p -> System.err.println("incidex: " + p));
    List<Document> docs = read.documents();
    if (docs.isEmpty()) {
      System.err.println("incidex: no document to measure");
      return 1;
    }
    BarePass bare = new BarePass(AnalyzerOptions.standard());
    Pipeline pipeline = PipelineFactory.standard();
    docs.forEach(d -> bare.annotate(d.text()));
    docs.forEach(pipeline::extract);
    Figures baseline =
        best(
            "bare CoreNLP (tokenize,ssplit,pos,lemma,ner)",
            () -> {
              int n = 0;
              for (Document d : docs) {
                n += bare.annotate(d.text());
              }
              return n;
            },
            docs.size());
    Figures incidex =
        best(
            "Incidex extraction (pipeline.extract)",
            () -> {
              int n = 0;
              for (Document d : docs) {
                DocumentResult r = pipeline.extract(d);
                n += r.sentences().size();
              }
              return n;
            },
            docs.size());
    System.out.printf(
        "%d documents, %d characters, best of %d rounds%n",
        docs.size(), docs.stream().mapToLong(d -> d.text().length()).sum(), rounds);
    print(baseline);
    print(incidex);
    System.out.printf(
        "ratio (Incidex / bare CoreNLP): documents/s %.2f, sentences/s %.2f, peak heap %.2f%n",
        incidex.documentsPerSecond() / baseline.documentsPerSecond(),
        incidex.sentencesPerSecond() / baseline.sentencesPerSecond(),
        (double) incidex.peakHeapBytes() / baseline.peakHeapBytes());
    return 0;
  }

  private Figures best(String name, java.util.function.IntSupplier pass, int documents) {
    Figures best = null;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      int sentences = pass.getAsInt();
      double seconds = (System.nanoTime() - t0) / 1e9;
      Figures f = new Figures(name, documents, sentences, seconds, peakHeap());
      if (best == null || f.seconds() < best.seconds()) {
        best = f;
      }
    }
    return best;
  }

  private static void print(Figures f) {
    System.out.printf(
        "%-46s %7.2f docs/s %8.1f sentences/s  peak heap %5d MB  (%d sentences, %.2f s)%n",
        f.name(),
        f.documentsPerSecond(),
        f.sentencesPerSecond(),
        f.peakHeapBytes() / (1024 * 1024),
        f.sentences(),
        f.seconds());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
