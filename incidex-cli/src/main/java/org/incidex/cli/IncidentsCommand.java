package org.incidex.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidex.export.ExportFormat;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.query.IncidentFilter;
import org.incidex.query.IncidentQuery;
import org.incidex.query.Near;
import org.incidex.store.Store;
import org.incidex.store.TextQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code incidex incidents}: the stored incidents that meet every option given, with the actors
 * they name and those actors' relations, in any export format.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List the stored incidents that meet every option given.")
public final class IncidentsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--group",
      paramLabel = "NAME",
      description = "Perpetrated by this actor (any of its names or aliases).")
  Optional<String> group;

  @Option(
      names = "--country",
      paramLabel = "ISO2",
      converter = QueryConverters.Country.class,
      description = "In this country (ISO 3166-1 code, e.g. AF).")
  Optional<String> country;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = QueryConverters.Date.class,
      description =
          "On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); an incident dated less"
              + " precisely is kept when it may fall in the range.")
  Optional<DateValue> since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = QueryConverters.Date.class,
      description = "On or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  Optional<DateValue> until;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = QueryConverters.Type.class,
      description =
          "Of this type: bombing, armed_assault, kidnapping, ..., arrest, raid, airstrike.")
  Optional<IncidentType> type;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = QueryConverters.IncidentKind.class,
      description = "attack or security_operation.")
  Optional<Kind> kind;

  @Option(
      names = "--near",
      paramLabel = "PLACE|LAT,LON",
      description = "Within --radius of this point (incidents without coordinates are left out).")
  Optional<String> near;

  @Option(
      names = "--radius",
      paramLabel = "DISTANCE",
      converter = QueryConverters.Radius.class,
      description = "With --near: 50km (the default), 500m, 30mi.")
  Optional<Double> radius;

  @Option(
      names = "--text",
      paramLabel = "QUERY",
      converter = QueryConverters.Text.class,
      description = "A sentence of the incident has all these words (stemmed; \"quoted phrases\").")
  Optional<TextQuery> text;

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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IncidentQuery query = query();
    try (Store s = store.openExisting()) {
      ExtractionResult view = StoredView.of(s, spec.commandLine().getErr());
      Output.write(new IncidentFilter(s::search).filter(view, query), format, out);
    }
    return 0;
  }

  private IncidentQuery query() {
    Optional<Near> within = new Places(Places.standardLocator()).near(near, radius, spec);
    try {
      return new IncidentQuery(group, country, since, until, type, kind, within, text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
