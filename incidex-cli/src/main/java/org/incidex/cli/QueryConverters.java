package org.incidex.cli;

import java.util.Locale;
import org.incidex.export.SpecNames;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.query.Near;
import org.incidex.query.PartialDates;
import org.incidex.store.TextQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the options of {@code incidex incidents}: each turns a bad value into a one-line
 * message that says what was expected (picocli adds which option, and the command exits 2).
 */
final class QueryConverters {
  private QueryConverters() {}

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  static final class Date implements ITypeConverter<DateValue> {
    @Override
    public DateValue convert(String value) {
      try {
        return PartialDates.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A two-letter ISO 3166-1 code, any case. */
  static final class Country implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.matches("[A-Za-z]{2}")) {
        throw new TypeConversionException(
            "'" + value + "' is not a country code; expected two letters (ISO 3166-1), e.g. AF");
      }
      return value.toUpperCase(Locale.ROOT);
    }
  }

  /** An incident type as the spec spells it: {@code bombing}, {@code armed_assault}. */
  static final class Type implements ITypeConverter<IncidentType> {
    @Override
    public IncidentType convert(String value) {
      return parse(IncidentType.class, value, "incident type");
    }
  }

  /** {@code attack} or {@code security_operation}. */
  static final class IncidentKind implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      return parse(Kind.class, value, "kind");
    }
  }

  /** {@code 50km}, {@code 500m}, {@code 30mi}. */
  static final class Radius implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return Near.parseRadiusKm(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Words and quoted phrases. */
  static final class Text implements ITypeConverter<TextQuery> {
    @Override
    public TextQuery convert(String value) {
      try {
        return TextQuery.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
    try {
      return SpecNames.parseTyped(type, value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a known " + what + "; " + e.getMessage());
    }
  }
}
