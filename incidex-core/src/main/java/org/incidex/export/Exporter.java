package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import org.incidex.pipeline.ExtractionResult;

/** Writes an extraction result in one format. A new format is a new exporter and an enum row. */
public interface Exporter {
  void write(ExtractionResult result, Writer out) throws IOException;
}
