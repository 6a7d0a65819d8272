package org.incidex.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.incidex.fusion.ActorDecision;
import org.incidex.io.DocumentReader;
import org.incidex.io.ReadResult;
import org.incidex.model.Problem;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.text.Document;

/**
 * Text files (or folders, or .jsonl files) extracted now, as {@code extract} does, with decisions
 * from a {@link DecisionFile}. The pipeline (and its models) loads only when results are asked for.
 */
final class FileSource implements ActorSource {
  private final List<Path> files;
  private final DecisionFile decisions;
  private final Supplier<Pipeline> pipeline;
  private final List<Problem> problems = new ArrayList<>();
  private List<DocumentResult> results;

  FileSource(List<Path> files, DecisionFile decisions, Supplier<Pipeline> pipeline) {
    this.files = List.copyOf(files);
    this.decisions = decisions;
    this.pipeline = pipeline;
  }

  @Override
  public List<DocumentResult> results() {
    if (results == null) {
      results = new ArrayList<>();
      if (files.isEmpty()) {
        return results;
      }
      ReadResult read = new DocumentReader().read(files);
      problems.addAll(read.problems());
      Pipeline p = pipeline.get();
      for (Document d : read.documents()) {
        DocumentResult r = p.extract(d);
        problems.addAll(r.problems());
        results.add(r);
      }
    }
    return results;
  }

  /** Inputs that could not be read, and the problems documents had. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  @Override
  public List<ActorDecision> decisions() {
    return decisions.read();
  }

  @Override
  public void record(ActorDecision decision) {
    decisions.append(decision);
  }

  @Override
  public void close() {}
}
