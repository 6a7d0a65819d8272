package org.incidex.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.model.Problem;
import org.incidex.muc4.Muc4Answer;
import org.incidex.muc4.Muc4Document;
import org.incidex.muc4.Muc4Jsonl;
import org.incidex.muc4.Muc4Model;
import org.incidex.muc4.Muc4Read;
import org.incidex.muc4.Muc4TemplateMapper;
import org.incidex.muc4.TemplateMapper;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code incidex muc4 --in FILE.jsonl --out PRED.jsonl}: answers MUC-4 documents with templates,
 * from the standard pipeline over caseless (truecased) CoreNLP analyses.
 */
@Command(
    name = "muc4",
    mixinStandardHelpOptions = true,
    description =
        "Fill MUC-4 templates for the documents of a MUC-4 JSONL file (docid, doctext), in the"
            + " answer keys' JSONL shape; score with shared/tools/score-muc4.")
public final class Muc4Command implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "FILE", description = "MUC-4 JSONL input.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSONL to write.")
  Path out;

  @Mixin Muc4Input input;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A role model from muc4-train (default: the one Incidex ships).")
  Path model;

  @Spec CommandSpec spec;

  private Muc4Model muc4Model() throws java.io.IOException {
    if (model == null) {
      return Muc4Model.standard();
    }
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(model))) {
      return Muc4Model.read(in);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Muc4Read read = input.read(in, err);
    List<Muc4Document> documents = input.limited(read);
    if (documents.isEmpty()) {
      if (read.problems().isEmpty()) {
        err.println("incidex: " + in + ": no MUC-4 document (one JSON object a line) to answer");
      }
      return 1;
    }
    long started = System.nanoTime();
    Pipeline pipeline = Pipelines.standard(input.analyzer());
    TemplateMapper mapper = new Muc4TemplateMapper(muc4Model());
    List<Muc4Answer> answers = new ArrayList<>();
    boolean failed = false;
    for (Muc4Document d : documents) {
      DocumentResult result = pipeline.extract(d.document());
      if (result.isFailed()) {
        failed = true;
        Output.problems(result.problems().stream().filter(Problem::fatal).toList(), err);
      }
      answers.add(new Muc4Answer(d, mapper.map(result)));
    }
    write(answers);
    int templates = answers.stream().mapToInt(a -> a.templates().size()).sum();
    err.printf(
        "incidex: %d documents, %d templates written to %s in %.0f s%n",
        answers.size(), templates, out, (System.nanoTime() - started) / 1e9);
    err.flush();
    return read.problems().isEmpty() && !failed ? 0 : 1;
  }

  /** Writes through a temporary file renamed into place, so a failed run leaves no half file. */
  private void write(List<Muc4Answer> answers) throws java.io.IOException {
    Path absolute = out.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        new Muc4Jsonl().write(answers, w);
      }
      Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
