package org.incidex.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.incidex.export.ExportFormat;
import org.incidex.model.Problem;
import org.incidex.pipeline.ExtractionResult;

/**
 * Writes a result to standard output or to a file (atomically: a temporary file renamed into place,
 * so a failed run never leaves half a file), and problems to standard error.
 */
final class Output {
  private Output() {}

  static void write(ExtractionResult result, ExportFormat format, Path out) throws IOException {
    if (out == null) {
      Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      format.exporter().write(result, w);
      w.flush();
      return;
    }
    Path absolute = out.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        format.exporter().write(result, w);
      }
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One line per problem on standard error. */
  static void problems(Iterable<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println("incidex: " + p);
    }
    err.flush();
  }
}
