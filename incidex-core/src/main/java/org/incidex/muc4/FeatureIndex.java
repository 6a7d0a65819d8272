package org.incidex.muc4;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Feature names as dense ids, with how many training candidates have each (for training only). */
final class FeatureIndex {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  int[] ids(List<String> features) {
    int[] out = new int[features.size()];
    for (int i = 0; i < out.length; i++) {
      String f = features.get(i);
      Integer id = ids.get(f);
      if (id == null) {
        id = names.size();
        ids.put(f, id);
        names.add(f);
      }
      out[i] = id;
    }
    return out;
  }

  String name(int id) {
    return names.get(id);
  }

  /**
   * For each feature, how many more occurrences than the usual minimum it needs: pairs of words
   * ({@code p1+h=}, {@code n2=}) need {@code pairMinCount} in all, since a rare pair is noise.
   */
  int[] extraCounts(int pairMinCount) {
    int[] extra = new int[names.size()];
    for (int i = 0; i < extra.length; i++) {
      String n = names.get(i);
      String kind = n.substring(0, Math.max(0, n.indexOf('=')));
      if (kind.contains("+") || kind.equals("p2") || kind.equals("n2")) {
        extra[i] = pairMinCount;
      }
    }
    return extra;
  }

  int size() {
    return names.size();
  }
}
