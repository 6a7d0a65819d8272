package org.incidex.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** MUC-4's incident types, with the strings its answer keys use. */
public enum Muc4Type {
  ATTACK("attack"),
  BOMBING("bombing"),
  KIDNAPPING("kidnapping"),
  ARSON("arson"),
  ROBBERY("robbery"),
  FORCED_WORK_STOPPAGE("forced work stoppage");

  private final String key;

  Muc4Type(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The type a key string names ({@code "Bombing "} is BOMBING), if any. */
  public static Optional<Muc4Type> of(String key) {
    String k = String.join(" ", key.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    for (Muc4Type t : values()) {
      if (t.key.equals(k)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The alternatives of an answer key's type ({@code "bombing / attack"} is BOMBING and ATTACK);
   * empty when a part names no type.
   */
  public static Optional<List<Muc4Type>> alternatives(String key) {
    List<Muc4Type> out = new ArrayList<>();
    for (String part : key.split("/")) {
      Optional<Muc4Type> t = of(part);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      out.add(t.get());
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
  }
}
