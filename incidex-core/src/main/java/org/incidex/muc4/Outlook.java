package org.incidex.muc4;

/**
 * What the document model says of a whole document: the probability that it reports an incident
 * MUC-4 asks about, and for each incident type (by {@link Muc4Type#ordinal()}) the probability that
 * one of its incidents has that type.
 */
record Outlook(double relevance, double[] types) {
  Outlook {
    types = types.clone();
    if (types.length != Muc4Type.values().length) {
      throw new IllegalArgumentException("one probability per type, got " + types.length);
    }
  }

  /** Document-model outputs: relevance first, then the types. */
  static final int OUTPUTS = 1 + Muc4Type.values().length;

  static Outlook of(double[] outputs) {
    return new Outlook(outputs[0], java.util.Arrays.copyOfRange(outputs, 1, OUTPUTS));
  }

  double type(Muc4Type t) {
    return types[t.ordinal()];
  }

  /** The label bits of a document's key: bit 0 relevant, bit {@code 1 + type} a type present. */
  static int labels(Muc4Document gold) {
    int bits = gold.templates().isEmpty() ? 0 : 1;
    for (Template t : gold.templates()) {
      for (Muc4Type type : t.types()) {
        bits |= 1 << (1 + type.ordinal());
      }
    }
    return bits;
  }
}
