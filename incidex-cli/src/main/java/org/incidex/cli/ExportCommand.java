package org.incidex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidex.export.ExportFormat;
import org.incidex.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code incidex export}: the whole store's database view in one format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write everything in the store: documents, incidents, actors and relations.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class)
  ExportFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Store s = store.openExisting()) {
      Output.write(StoredView.of(s, spec.commandLine().getErr()), format, out);
    }
    return 0;
  }
}
