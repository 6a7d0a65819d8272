package org.incidex.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.incidex.muc4.Muc4Document;
import org.incidex.muc4.Muc4Jsonl;
import org.incidex.muc4.Muc4Read;
import org.incidex.muc4.Muc4Training;
import org.incidex.muc4.RoleModelTrainer;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code incidex muc4-train --in train.jsonl --model FILE}: learns the MUC-4 role model from answer
 * keys (the shipped one is built from {@code shared/data/muc4/train.jsonl}; see the README).
 */
@Command(
    name = "muc4-train",
    mixinStandardHelpOptions = true,
    description =
        "Learn the MUC-4 role model from a MUC-4 JSONL file with answer keys (train.jsonl only).")
public final class Muc4TrainCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Training JSONL.")
  Path in;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the model (gzipped text).")
  Path model;

  @Option(
      names = "--held-out",
      paramLabel = "FILE",
      description = "Also write the fold models' templates for every training document here.")
  Path heldOut;

  @Mixin Muc4Input input;

  @Option(
      names = "--try",
      paramLabel = "SETTINGS",
      description =
          "Train with these settings (minCount,epochs,rate,l1,l2,prune,pairMinCount,folds,seed) and keep the best"
              + " held-out estimate; repeatable.")
  List<String> tries = new ArrayList<>();

  @Spec CommandSpec spec;

  private static RoleModelTrainer.Settings settings(String csv) {
    String[] v = csv.split(",");
    return new RoleModelTrainer.Settings(
        Integer.parseInt(v[0]),
        Integer.parseInt(v[1]),
        Double.parseDouble(v[2]),
        Double.parseDouble(v[3]),
        Double.parseDouble(v[4]),
        Double.parseDouble(v[5]),
        Integer.parseInt(v[6]),
        Integer.parseInt(v[7]),
        Long.parseLong(v[8]));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Muc4Read read = input.read(in, err);
    List<Muc4Document> documents = input.limited(read);
    Pipeline pipeline = Pipelines.standard(input.analyzer());
    Muc4Training training =
        new Muc4Training(new RoleModelTrainer(RoleModelTrainer.Settings.standard()));
    RoleModelTrainer.Result result =
        training.run(
            pipeline, documents, tries.stream().map(Muc4TrainCommand::settings).toList(), err);
    Path absolute = model.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(absolute)), StandardCharsets.UTF_8)) {
      result.model().write(w);
    }
    result.report().forEach(line -> err.println("incidex: " + line));
    err.println("incidex: wrote " + result.model().size() + " features to " + model);
    if (heldOut != null) {
      try (Writer w = Files.newBufferedWriter(heldOut, StandardCharsets.UTF_8)) {
        new Muc4Jsonl().write(new ArrayList<>(result.heldOut()), w);
      }
    }
    err.flush();
    return read.problems().isEmpty() ? 0 : 1;
  }
}
