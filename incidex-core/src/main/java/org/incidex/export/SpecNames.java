package org.incidex.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

  /**
   * A spec name as a user types it ({@code armed-assault}, {@code " bombing"}); an unknown one is
   * an {@link IllegalArgumentException} whose message lists the known names.
   */
  public static <E extends Enum<E>> E parseTyped(Class<E> type, String typed) {
    try {
      return parse(type, typed.strip().replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected one of " + known(type), e);
    }
  }

  /** The spec names of an enum, comma-separated, for messages. */
  public static String known(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(SpecNames::of)
        .collect(Collectors.joining(", "));
  }
}
