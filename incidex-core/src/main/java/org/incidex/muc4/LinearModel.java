package org.incidex.muc4;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logistic regressions over named features, one per output, sharing the features: the probability
 * of output {@code k} is the logistic of the sum of the features' {@code k}-th weights. Written as
 * text lines {@code prefix TAB feature TAB w0 TAB w1 ...}, features sorted, so a model diff reads.
 */
final class LinearModel {
  private final int outputs;
  private final Map<String, float[]> weights;

  LinearModel(int outputs, Map<String, float[]> weights) {
    this.outputs = outputs;
    this.weights = Map.copyOf(weights);
    for (Map.Entry<String, float[]> e : this.weights.entrySet()) {
      if (e.getValue().length != outputs) {
        throw new IllegalArgumentException("feature " + e.getKey() + " has the wrong weight count");
      }
    }
  }

  double[] probabilities(List<String> features) {
    double[] z = new double[outputs];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int k = 0; k < outputs; k++) {
          z[k] += w[k];
        }
      }
    }
    for (int k = 0; k < outputs; k++) {
      z[k] = 1 / (1 + Math.exp(-z[k]));
    }
    return z;
  }

  int size() {
    return weights.size();
  }

  void write(String prefix, Writer out) throws IOException {
    for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
      StringBuilder b = new StringBuilder(prefix).append('\t').append(e.getKey());
      for (float w : e.getValue()) {
        b.append('\t').append(w == 0 ? "0" : String.format(Locale.ROOT, "%.3g", w));
      }
      out.write(b.append('\n').toString());
    }
  }

  /** Reads one line written by {@link #write} into {@code into}. */
  static void readLine(String[] cols, int outputs, Map<String, float[]> into) {
    if (cols.length != outputs + 2) {
      throw new IllegalArgumentException("a model line needs " + (outputs + 2) + " columns");
    }
    float[] w = new float[outputs];
    for (int k = 0; k < outputs; k++) {
      w[k] = Float.parseFloat(cols[k + 2]);
    }
    into.put(cols[1], w);
  }

  /** Weights from trained arrays, leaving out features whose weights are all zero. */
  static LinearModel of(float[][] w, FeatureIndex index) {
    Map<String, float[]> weights = new HashMap<>();
    int outputs = w.length == 0 ? 0 : w[0].length;
    for (int f = 0; f < w.length; f++) {
      float max = 0;
      for (float v : w[f]) {
        max = Math.max(max, Math.abs(v));
      }
      if (max > 0) {
        weights.put(index.name(f), w[f]);
      }
    }
    return new LinearModel(outputs, weights);
  }
}
