package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records as RFC 4180 defines them: fields separated by commas, records ended by CRLF,
 * and a field quoted (with its quotes doubled) when it holds a comma, a quote, CR or LF.
 */
final class CsvWriter {
  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
