package org.incidex.export;

import java.util.function.Supplier;

/** The formats {@code --format} and {@code /export?format=} accept. */
public enum ExportFormat {
  TABLE(TableExporter::new),
  JSON(InterchangeJsonExporter::new),
  CSV(GtdCsvExporter::new),
  GEOJSON(GeoJsonExporter::new),
  GRAPHML(GraphMlExporter::new);

  private final Supplier<Exporter> factory;

  ExportFormat(Supplier<Exporter> factory) {
    this.factory = factory;
  }

  public Exporter exporter() {
    return factory.get();
  }
}
