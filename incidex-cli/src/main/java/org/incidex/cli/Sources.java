package org.incidex.cli;

import java.nio.file.Path;
import java.util.List;
import org.incidex.pipeline.Pipeline;

/** Opens the source the options name. */
final class Sources {
  private Sources() {}

  /**
   * The store when {@code --db} is given, else the files run through the pipeline (with decisions
   * from {@code --decisions}). The store is not in this build: the line to wire it is marked.
   *
   * @throws IllegalArgumentException with a message for the user when the options cannot work
   */
  static ActorSource open(
      SourceOptions options, List<Path> files, java.util.function.Supplier<Pipeline> pipeline) {
    if (options.db != null) {
      // Wiring, once org.incidex.store is on this branch:
      //   return new StoreSource(org.incidex.store.Stores.open(options.db));
      throw new IllegalArgumentException(
          "--db needs the store, which this build does not have yet; give the text files instead");
    }
    return new FileSource(files, new DecisionFile(options.decisions), pipeline);
  }
}
