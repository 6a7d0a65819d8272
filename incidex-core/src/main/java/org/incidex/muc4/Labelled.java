package org.incidex.muc4;

import java.util.List;
import org.incidex.pipeline.DocumentResult;

/**
 * A training document: its answer key and extraction; its document features and whether the key has
 * a template ({@code relevant}); its candidates with their features as ids of a {@link
 * FeatureIndex} (without the relevance feature), and for each candidate the slots whose key lists
 * its text (bit {@code 1 << slot.ordinal()}).
 */
record Labelled(
    Muc4Document gold,
    DocumentResult result,
    int[] documentFeatures,
    int documentLabels,
    List<Candidate> candidates,
    int[][] features,
    int[] labels) {
  Labelled {
    candidates = List.copyOf(candidates);
  }
}
