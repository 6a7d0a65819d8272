package org.incidex.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.incidex.export.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format json} → {@link ExportFormat#JSON}, case-insensitively, with a clear error. */
final class FormatConverter implements ITypeConverter<ExportFormat> {
  @Override
  public ExportFormat convert(String value) {
    try {
      return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown format '" + value + "'; expected one of " + String.join(", ", new Names()));
    }
  }

  /** The format names, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (ExportFormat f : ExportFormat.values()) {
        names.add(f.name().toLowerCase(Locale.ROOT));
      }
      return names.iterator();
    }
  }
}
