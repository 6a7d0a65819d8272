package org.incidex.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.export.ExportFormat;
import org.incidex.io.DocumentReader;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code incidex demo}: the main job on the sample report the project ships. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Extract from the sample report shipped with Incidex and print the result.")
public final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "sample-report.txt";

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Names.class)
  ExportFormat format;

  @Option(names = "--show-text", description = "Print the sample report before the result.")
  boolean showText;

  @Override
  public Integer call() throws Exception {
    String text;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (showText) {
      System.out.println(text);
    }
    Document document =
        DocumentReader.fromText("sample-report", text, "Incidex sample report (fictional)")
            .orElseThrow();
    ExtractionResult result = PipelineFactory.standard().run(List.of(document));
    Output.write(result, format, null);
    return 0;
  }
}
