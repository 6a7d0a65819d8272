package org.incidex.muc4;

import java.util.List;
import org.incidex.pipeline.DocumentResult;

/**
 * A training document: its answer key, its extraction, its candidates with their features as ids of
 * a {@link FeatureIndex}, and for each candidate the slots whose key lists its text (bit {@code 1
 * << slot.ordinal()}).
 */
record Labelled(
    Muc4Document gold,
    DocumentResult result,
    List<Candidate> candidates,
    int[][] features,
    int[] labels) {
  Labelled {
    candidates = List.copyOf(candidates);
  }
}
