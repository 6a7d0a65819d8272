package org.incidex.muc4;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One MUC-4 template: the incident type (one for our answers; an answer key may accept several,
 * {@code bombing / attack}) and the fillers of each slot, in text order.
 */
public record Template(List<Muc4Type> types, Map<Slot, List<Filler>> slots) {
  public Template {
    types = List.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a template needs an incident type");
    }
    Map<Slot, List<Filler>> copy = new EnumMap<>(Slot.class);
    for (Slot s : Slot.values()) {
      copy.put(s, List.copyOf(Objects.requireNonNullElse(slots.get(s), List.of())));
    }
    slots = Map.copyOf(copy);
  }

  public static Template of(Muc4Type type, Map<Slot, List<Filler>> slots) {
    return new Template(List.of(type), slots);
  }

  public Muc4Type type() {
    return types.get(0);
  }

  public List<Filler> fillers(Slot slot) {
    return slots.get(slot);
  }

  /** The key string of the type: {@code "bombing / attack"} for two alternatives. */
  public String typeKey() {
    return String.join(" / ", types.stream().map(Muc4Type::key).toList());
  }
}
