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
    return trainer.train(labelled);
  }
}
