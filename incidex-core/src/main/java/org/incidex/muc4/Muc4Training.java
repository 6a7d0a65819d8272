package org.incidex.muc4;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.incidex.pipeline.Pipeline;

/**
 * The training run: extracts every document with the pipeline, labels its candidates from the key
 * and trains ({@link RoleModelTrainer}), reporting progress on a writer.
 */
public final class Muc4Training {
  private final RoleModelTrainer trainer;

  public Muc4Training(RoleModelTrainer trainer) {
    this.trainer = trainer;
  }

  public RoleModelTrainer.Result run(
      Pipeline pipeline, List<Muc4Document> documents, PrintWriter progress) {
    return run(pipeline, documents, List.of(), progress);
  }

  /**
   * Trains once per settings given (the trainer's own when none) over one labelling, and keeps the
   * result with the best held-out estimate.
   */
  public RoleModelTrainer.Result run(
      Pipeline pipeline,
      List<Muc4Document> documents,
      List<RoleModelTrainer.Settings> tries,
      PrintWriter progress) {
    List<Labelled> labelled = new ArrayList<>();
    long candidates = 0;
    for (Muc4Document d : documents) {
      Labelled l = trainer.label(d, pipeline.extract(d.document()));
      candidates += l.candidates().size();
      labelled.add(l);
      if (labelled.size() % 100 == 0) {
        progress.println(
            "incidex: labelled " + labelled.size() + " documents, " + candidates + " candidates");
        progress.flush();
      }
    }
    if (tries.isEmpty()) {
      return trainer.train(labelled);
    }
    RoleModelTrainer.Result best = null;
    for (RoleModelTrainer.Settings s : tries) {
      RoleModelTrainer.Result r = trainer.train(labelled, s);
      r.report().forEach(line -> progress.println("incidex: " + line));
      progress.flush();
      if (best == null || r.estimate() > best.estimate()) {
        best = r;
      }
    }
    return best;
  }
}
