package org.incidex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.incidex.export.ExportFormat;
import org.incidex.io.DocumentReader;
import org.incidex.io.ReadResult;
import org.incidex.pipeline.ExtractionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code incidex eval --gold DIR --corpus DIR}: extracts from the corpus documents the gold files
 * cover, exports the interchange JSON and runs the shared scorer ({@code score-incidents}) on it,
 * printing its figures. The scorer is found next to the gold folder ({@code ../tools}), or given by
 * {@code --scorer} or {@code INCIDEX_SCORER}; it needs {@code python3}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Extract from a corpus and score the result against gold annotations.")
public final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of gold *.json files.")
  Path gold;

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = "Folder of the documents (<id>.txt for each gold document id).")
  Path corpus;

  @Option(names = "--scorer", paramLabel = "FILE", description = "The score-incidents script.")
  Path scorer;

  @Option(names = "--show-errors", description = "List what was missed, spurious or wrong.")
  boolean showErrors;

  @Option(names = "--per-doc", description = "Figures per document.")
  boolean perDoc;

  @Option(names = "--json", description = "The scorer's report as JSON.")
  boolean json;

  @Option(names = "--keep", paramLabel = "FILE", description = "Also write the export to FILE.")
  Path keep;

  @Override
  public Integer call() throws Exception {
    Path script = scorer().orElse(null);
    if (script == null) {
      System.err.println(
          "incidex: cannot find score-incidents; give --scorer FILE or set INCIDEX_SCORER");
      return 2;
    }
    List<Path> files = new ArrayList<>();
    for (String id : goldDocumentIds(gold)) {
      Path f = corpus.resolve(id + ".txt");
      if (!Files.isRegularFile(f)) {
        System.err.println(
            "incidex: the corpus has no " + f.getFileName() + " for gold document " + id);
        return 1;
      }
      files.add(f);
    }
    ReadResult read = new DocumentReader().read(files);
    Output.problems(read.problems(), new java.io.PrintWriter(System.err, true));
    ExtractionResult result = PipelineFactory.standard().run(read.documents());
    Path out = keep != null ? keep : Files.createTempFile("incidex-eval", ".json");
    try {
      Output.write(result, ExportFormat.JSON, out);
      List<String> command =
          new ArrayList<>(
              List.of(
                  "python3",
                  script.toString(),
                  "--gold",
                  gold.toString(),
                  "--pred",
                  out.toString()));
      if (showErrors) {
        command.add("--show-errors");
      }
      if (perDoc) {
        command.add("--per-doc");
      }
      if (json) {
        command.add("--json");
      }
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      p.getInputStream().transferTo(System.out);
      System.out.flush();
      return p.waitFor();
    } finally {
      if (keep == null) {
        Files.deleteIfExists(out);
      }
    }
  }

  private Optional<Path> scorer() {
    List<Path> candidates = new ArrayList<>();
    if (scorer != null) {
      candidates.add(scorer);
    }
    String env = System.getenv("INCIDEX_SCORER");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    Path parent = gold.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      candidates.add(parent.resolve("tools").resolve("score-incidents"));
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  /** The document ids the gold files cover, in file order. */
  static Set<String> goldDocumentIds(Path gold) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files;
    if (Files.isDirectory(gold)) {
      try (Stream<Path> s = Files.list(gold)) {
        files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      }
    } else {
      files = List.of(gold);
    }
    for (Path f : files) {
      JsonNode root = mapper.readTree(f.toFile());
      for (JsonNode d : root.path("documents")) {
        ids.add(d.path("id").asText());
      }
    }
    return ids;
  }
}
