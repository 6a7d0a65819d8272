package org.incidex.muc4;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits logistic regressions with shared sparse binary features by AdaGrad with L1 (a proximal step,
 * so that most weights end at zero and the stored model stays small) and L2 regularisation,
 * ignoring features seen fewer than {@code minCount} times in the rows. Output {@code k} of row
 * {@code i} is positive when bit {@code k} of {@code labels[i]} is set. Deterministic per seed.
 */
final class Logistic {
  /** How to fit. */
  record Settings(
      int minCount, int epochs, double rate, double l1, double l2, double prune, long seed) {}

  private Logistic() {}

  static float[][] fit(List<int[]> rows, int[] labels, int outputs, int features, Settings s) {
    return fit(rows, labels, outputs, new int[features], s);
  }

  /**
   * As {@link #fit(List, int[], int, int, Settings)}, where feature {@code f} also needs {@code
   * extra[f]} more occurrences than {@code minCount} (word pairs are rarer than words).
   */
  static float[][] fit(List<int[]> rows, int[] labels, int outputs, int[] extra, Settings s) {
    int features = extra.length;
    int[] counts = new int[features];
    for (int[] row : rows) {
      for (int f : row) {
        counts[f]++;
      }
    }
    float[][] w = new float[features][outputs];
    float[][] g2 = new float[features][outputs];
    Integer[] order = new Integer[rows.size()];
    Arrays.setAll(order, i -> i);
    Random random = new Random(s.seed());
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      Collections.shuffle(Arrays.asList(order), random);
      for (int i : order) {
        int[] x = rows.get(i);
        for (int k = 0; k < outputs; k++) {
          double z = 0;
          for (int f : x) {
            z += w[f][k];
          }
          double g = 1 / (1 + Math.exp(-z)) - ((labels[i] >> k) & 1);
          for (int f : x) {
            if (counts[f] >= s.minCount() + extra[f]) {
              double grad = g + s.l2() * w[f][k];
              g2[f][k] += (float) (grad * grad);
              double step = s.rate() / Math.sqrt(g2[f][k] + 1e-8);
              double v = w[f][k] - step * grad;
              // L1 as a proximal step: weights that the data do not hold up go to exactly zero
              double shrink = step * s.l1();
              w[f][k] = (float) (Math.signum(v) * Math.max(0, Math.abs(v) - shrink));
            }
          }
        }
      }
    }
    prune(w, (float) s.prune());
    return w;
  }

  /**
   * Zeroes the features whose weights are all below {@code below} in size: they change a
   * probability by a few percent at most, and leaving them out keeps the stored model small.
   */
  private static void prune(float[][] w, float below) {
    for (float[] weights : w) {
      float max = 0;
      for (float v : weights) {
        max = Math.max(max, Math.abs(v));
      }
      if (max < below) {
        java.util.Arrays.fill(weights, 0f);
      }
    }
  }

  /** The probabilities of every output for one row. */
  static double[] probabilities(float[][] w, int[] row, int outputs) {
    double[] p = new double[outputs];
    for (int k = 0; k < outputs; k++) {
      double z = 0;
      for (int f : row) {
        if (f < w.length) {
          z += w[f][k];
        }
      }
      p[k] = 1 / (1 + Math.exp(-z));
    }
    return p;
  }
}
