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

  int size() {
    return names.size();
  }
}
