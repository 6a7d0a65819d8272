package org.incidex.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: every record ends with CRLF, a quote may only open a field
 * or, doubled, stand inside a quoted one, and a bare CR or LF must be quoted. Anything else throws.
 */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
        } else if (c == '"') {
          quoted = false;
          closed = true;
          i++;
        } else {
          field.append(c);
          i++;
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        closed = false;
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        closed = false;
        i += 2;
      } else if (closed) {
        throw new IllegalArgumentException("text after a closing quote at " + i);
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException("unquoted line break without CRLF at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("quoted field not closed");
    }
    if (field.length() > 0 || !record.isEmpty() || closed) {
      throw new IllegalArgumentException("last record not ended by CRLF");
    }
    return records;
  }
}
