package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.incidex.io.DocumentReader;
import org.incidex.io.ReadResult;
import org.incidex.model.Problem;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.store.IngestOutcome;
import org.incidex.store.Store;
import org.incidex.store.StoreException;
import org.incidex.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code incidex ingest FILE|DIR...}: reads documents, extracts from each one not stored yet, and
 * keeps each in the store in a transaction of its own. Prints one line per document (stored,
 * already stored, replaced, failed) and the counts; problems go to standard error, one line each.
 * Exits 1 if an input could not be read or a document failed, 0 otherwise.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract from text files, folders or .jsonl files and keep the results in a store.",
      "The same text twice is stored once; a changed text under the same id replaces the old one."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Text files (.txt, .text, .md), folders of them, or .jsonl files.")
  List<Path> inputs;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  /** What happened to one document, as the per-document line says it. */
  enum Result {
    STORED("stored"),
    ALREADY_STORED("already stored"),
    REPLACED("replaced"),
    FAILED("failed");

    final String label;

    Result(String label) {
      this.label = label;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadResult read = new DocumentReader().read(inputs);
    Output.problems(read.problems(), err);
    long unreadable = read.problems().stream().filter(Problem::fatal).count();
    Map<Result, Integer> counts = new EnumMap<>(Result.class);
    if (!read.documents().isEmpty()) {
      Supplier<Pipeline> pipeline = new Lazy<>(PipelineFactory::standard);
      try (Store s = store.open()) {
        for (Document d : read.documents()) {
          counts.merge(ingest(d, s, pipeline, out, err), 1, Integer::sum);
        }
      }
    }
    out.println(summary(read.documents().size(), counts, unreadable));
    out.flush();
    boolean failed = unreadable > 0 || counts.getOrDefault(Result.FAILED, 0) > 0;
    return failed ? 1 : 0;
  }

  private static Result ingest(
      Document d, Store store, Supplier<Pipeline> pipeline, PrintWriter out, PrintWriter err) {
    if (store.contains(d.contentHash())) {
      out.printf("%-15s %s%n", Result.ALREADY_STORED.label, d.id());
      return Result.ALREADY_STORED;
    }
    DocumentResult result;
    try {
      result = pipeline.get().extract(d);
    } catch (RuntimeException e) {
      // The boundary for one document: a bug in a rule must not stop the others from being stored.
      return failed(
          d, "extraction failed with an internal error (please report it): " + e, out, err);
    }
    Output.problems(result.problems(), err);
    IngestOutcome outcome;
    try {
      outcome = store.ingest(result);
    } catch (StoreException e) {
      return failed(d, e.getMessage(), out, err);
    }
    if (result.isFailed()) {
      out.printf("%-15s %s (kept with its problems)%n", Result.FAILED.label, d.id());
      return Result.FAILED;
    }
    Result r =
        switch (outcome.status()) {
          case STORED -> Result.STORED;
          case REPLACED -> Result.REPLACED;
          case ALREADY_STORED -> Result.ALREADY_STORED;
        };
    String detail =
        r == Result.ALREADY_STORED
            ? " (as " + outcome.storedAs() + ")"
            : " ("
                + result.incidents().size()
                + (result.incidents().size() == 1 ? " incident)" : " incidents)");
    out.printf("%-15s %s%s%n", r.label, d.id(), detail);
    return r;
  }

  private static Result failed(Document d, String why, PrintWriter out, PrintWriter err) {
    err.println("incidex: " + d.id() + ": " + why);
    err.flush();
    out.printf("%-15s %s (not stored)%n", Result.FAILED.label, d.id());
    return Result.FAILED;
  }

  static String summary(int documents, Map<Result, Integer> counts, long unreadable) {
    StringBuilder b = new StringBuilder();
    b.append(documents).append(documents == 1 ? " document: " : " documents: ");
    for (Result r : Result.values()) {
      b.append(r == Result.STORED ? "" : ", ").append(counts.getOrDefault(r, 0)).append(' ');
      b.append(r.label);
    }
    if (unreadable > 0) {
      b.append("; ").append(unreadable).append(unreadable == 1 ? " input" : " inputs");
      b.append(" could not be read");
    }
    return b.toString();
  }

  /** Builds the value on first use: a run where every text is already stored loads no models. */
  static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
      this.factory = factory;
    }

    @Override
    public T get() {
      if (value == null) {
        value = factory.get();
      }
      return value;
    }
  }
}
