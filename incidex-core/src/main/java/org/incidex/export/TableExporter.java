package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.incidex.model.Actor;
import org.incidex.model.Count;
import org.incidex.model.Incident;
import org.incidex.model.Relation;
import org.incidex.model.Sourced;
import org.incidex.pipeline.ExtractionResult;

/** Plain-text tables of incidents, actors and relations for reading in a terminal. */
public final class TableExporter implements Exporter {

  @Override
  public void write(ExtractionResult result, Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "date", "place", "country", "kind/type", "perpetrators", "killed", "wounded"
        });
    for (Incident i : result.incidents()) {
      rows.add(
          new String[] {
            i.date().flatMap(d -> d.value().start().iso()).orElse("-"),
            i.location().place().or(i.location()::admin1).orElse("-"),
            i.location().country().orElse("-"),
            SpecNames.of(i.kind()).replace("security_operation", "operation")
                + "/"
                + SpecNames.of(i.typeValue()),
            i.perpetrators().isEmpty()
                ? "-"
                : i.perpetrators().stream().map(Sourced::value).collect(Collectors.joining("; ")),
            i.killed().map(Sourced::value).map(Count::toString).orElse("-"),
            i.wounded().map(Sourced::value).map(Count::toString).orElse("-")
          });
    }
    out.write("Incidents (" + result.incidents().size() + ")\n");
    table(rows, out);
    List<String[]> actors = new ArrayList<>();
    actors.add(new String[] {"actor", "type", "aliases"});
    for (Actor a : result.actors()) {
      actors.add(new String[] {a.name(), SpecNames.of(a.type()), String.join("; ", a.aliases())});
    }
    out.write("\nActors (" + result.actors().size() + ")\n");
    table(actors, out);
    List<String[]> relations = new ArrayList<>();
    relations.add(new String[] {"subject", "relation", "object", "date", "role"});
    for (Relation r : result.relations()) {
      relations.add(
          new String[] {
            r.subject(),
            SpecNames.of(r.predicate()),
            r.object(),
            r.date().flatMap(w -> w.start().iso()).orElse("-")
                + r.date()
                    .flatMap(w -> w.end())
                    .flatMap(d -> d.iso())
                    .map(e -> " – " + e)
                    .orElse(""),
            r.role().orElse("-")
          });
    }
    out.write("\nRelations (" + result.relations().size() + ")\n");
    table(relations, out);
    out.flush();
  }

  private static void table(List<String[]> rows, Writer out) throws IOException {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.min(48, Math.max(width[c], r[c].length()));
      }
    }
    for (int n = 0; n < rows.size(); n++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = rows.get(n)[c];
        if (cell.length() > width[c]) {
          cell = cell.substring(0, width[c] - 1) + "…";
        }
        line.append(c == 0 ? "" : "  ").append(String.format("%-" + width[c] + "s", cell));
      }
      out.write(line.toString().stripTrailing());
      out.write('\n');
      if (n == 0) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.write(rule.toString());
        out.write('\n');
      }
    }
  }
}
