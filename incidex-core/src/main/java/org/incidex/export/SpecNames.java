package org.incidex.export;

import java.util.Locale;

/**
 * The one place where our enums become the spec's strings ({@code SECURITY_OPERATION} → {@code
 * security_operation}, {@code AT_LEAST} → {@code at_least}).
 */
public final class SpecNames {
  private SpecNames() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String spec) {
    return Enum.valueOf(type, spec.toUpperCase(Locale.ROOT));
  }
}
