package org.incidex.muc4;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A learned scorer of candidates: one logistic regression per slot over the named features of
 * {@link CandidateFeatures}, and the probability above which a slot keeps an entity. Learned from
 * {@code train.jsonl} by {@link RoleModelTrainer}; stored as text, one feature a line with its five
 * weights ({@code feature TAB w_PerpInd TAB ... TAB w_Weapon}), after {@code #threshold} lines.
 */
public final class RoleModel {
  /** The model Incidex ships, built by {@code incidex muc4-train} (see the README). */
  public static final String RESOURCE = "role-model.tsv.gz";

  private final Map<String, float[]> weights;
  private final Map<Slot, Double> thresholds;

  public RoleModel(Map<String, float[]> weights, Map<Slot, Double> thresholds) {
    this.weights = Map.copyOf(weights);
    this.thresholds = new EnumMap<>(thresholds);
    for (Slot s : Slot.values()) {
      Objects.requireNonNull(this.thresholds.get(s), "threshold of " + s);
    }
  }

  /** The probability of each slot (indexed by {@link Slot#ordinal()}) for these features. */
  public double[] probabilities(List<String> features) {
    double[] z = new double[Slot.values().length];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int s = 0; s < z.length; s++) {
          z[s] += w[s];
        }
      }
    }
    for (int s = 0; s < z.length; s++) {
      z[s] = 1 / (1 + Math.exp(-z[s]));
    }
    return z;
  }

  public double threshold(Slot slot) {
    return thresholds.get(slot);
  }

  public RoleModel withThresholds(Map<Slot, Double> newThresholds) {
    return new RoleModel(weights, newThresholds);
  }

  public int size() {
    return weights.size();
  }

  /** The shipped model. */
  public static RoleModel standard() {
    try (InputStream in = RoleModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + RESOURCE + "; run incidex muc4-train");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RoleModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, float[]> weights = new HashMap<>();
    Map<Slot, Double> thresholds = new EnumMap<>(Slot.class);
    String line;
    while ((line = r.readLine()) != null) {
      String[] cols = line.split("\t");
      if (line.startsWith("#threshold")) {
        thresholds.put(Slot.valueOf(cols[1]), Double.parseDouble(cols[2]));
      } else if (!line.startsWith("#") && !line.isBlank()) {
        float[] w = new float[Slot.values().length];
        for (int s = 0; s < w.length; s++) {
          w[s] = Float.parseFloat(cols[s + 1]);
        }
        weights.put(cols[0], w);
      }
    }
    return new RoleModel(weights, thresholds);
  }

  public void write(Writer out) throws IOException {
    out.write("# Incidex MUC-4 role model: feature, then weights for");
    for (Slot s : Slot.values()) {
      out.write(" " + s.jsonName());
    }
    out.write('\n');
    for (Slot s : Slot.values()) {
      out.write("#threshold\t" + s.name() + "\t" + thresholds.get(s) + "\n");
    }
    for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
      StringBuilder b = new StringBuilder(e.getKey());
      for (float w : e.getValue()) {
        b.append('\t').append(w == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.4g", w));
      }
      out.write(b.append('\n').toString());
    }
    out.flush();
  }
}
