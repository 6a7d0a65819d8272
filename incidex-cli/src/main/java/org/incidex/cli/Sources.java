package org.incidex.cli;

import java.nio.file.Path;
import java.util.List;
import org.incidex.pipeline.Pipeline;

/** Opens the source the options name. */
final class Sources {
  private Sources() {}

  /**
   * The store when {@code --db} is given, else the files run through the pipeline (with decisions
   * from {@code --decisions}).
   *
   * @throws IllegalArgumentException with a message for the user when the options cannot work
   */
  static ActorSource open(
      SourceOptions options, List<Path> files, java.util.function.Supplier<Pipeline> pipeline) {
    if (options.db != null) {
      if (!org.incidex.store.Stores.exists(options.db)) {
        throw new IllegalArgumentException(
            "no store at " + options.db + "; run 'incidex ingest' first");
      }
      return new StoreSource(org.incidex.store.Stores.open(options.db));
    }
    return new FileSource(files, new DecisionFile(options.decisions), pipeline);
  }
}
