package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.export.ExportFormat;
import org.incidex.io.DocumentReader;
import org.incidex.io.ReadResult;
import org.incidex.model.Problem;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incidex extract FILE...}: incidents and actors of some files, at once, nothing stored. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract incidents, actors and relations from text files (or folders) and print them.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Text files, folders or .jsonl files.")
  List<Path> inputs;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class)
  ExportFormat format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--debug",
      description = "Print every sentence with its mentions and frames instead of the result.")
  boolean debug;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description =
          "Apply analysts' decisions kept in FILE (as 'actors merge --decisions' writes).")
  Path decisions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ReadResult read = new DocumentReader().read(inputs);
    Output.problems(read.problems(), err);
    if (read.documents().isEmpty()) {
      err.println("incidex: no document to extract from");
      return 1;
    }
    Pipeline pipeline = PipelineFactory.standard();
    ExtractionResult result =
        pipeline.combine(
            read.documents().stream().map(pipeline::extract).toList(),
            new DecisionFile(decisions).read());
    Output.problems(result.problems(), err);
    if (debug) {
      java.io.Writer w =
          new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
      new org.incidex.export.DebugWriter().write(result, w);
    } else {
      Output.write(result, format, out);
    }
    boolean failed = !read.problems().isEmpty() || result.anyFailed();
    return failed ? 1 : 0;
  }

  static boolean anyFatal(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::fatal);
  }
}
