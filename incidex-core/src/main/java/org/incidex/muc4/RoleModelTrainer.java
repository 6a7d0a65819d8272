package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.incidex.pipeline.DocumentResult;

/**
 * Learns the {@link RoleModel} from answer keys: labels each candidate by whether the key lists its
 * text for a slot (compared as the scorer compares), trains one logistic regression per slot by
 * AdaGrad with L2 regularisation over features seen at least {@code minCount} times, and chooses
 * each slot's threshold on held-out folds ({@link ThresholdSearch}) before training on everything.
 * Deterministic for a given seed.
 */
public final class RoleModelTrainer {
  /** How to train. */
  public record Settings(int minCount, int epochs, double rate, double l2, int folds, long seed) {
    public static Settings standard() {
      return new Settings(3, 8, 0.1, 1e-6, 5, 17);
    }
  }

  /** The model, and held-out answers for every training document (from the fold models). */
  public record Result(RoleModel model, List<Muc4Answer> heldOut) {}

  private static final int SLOTS = Slot.values().length;
  private final Settings settings;
  private final FeatureIndex index = new FeatureIndex();

  public RoleModelTrainer(Settings settings) {
    this.settings = settings;
  }

  /** One training document, analysed: candidates, feature ids and labels. */
  Labelled label(Muc4Document gold, DocumentResult result) {
    Scoring scoring = Scoring.of(result);
    List<Set<String>> slotMentions = new ArrayList<>();
    for (Slot s : Slot.values()) {
      slotMentions.add(GoldEntities.mentions(gold, s));
    }
    int n = scoring.candidates().size();
    int[][] features = new int[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      features[i] = index.ids(scoring.features().get(i));
      String text = Muc4Text.normalise(scoring.candidates().get(i).text());
      for (int s = 0; s < SLOTS; s++) {
        if (slotMentions.get(s).contains(text)) {
          labels[i] |= 1 << s;
        }
      }
    }
    return new Labelled(gold, result, scoring.candidates(), features, labels);
  }

  /** Trains with held-out thresholds; the documents must come from {@link #label}. */
  public Result train(List<Labelled> docs) {
    List<List<Labelled>> folds = folds(docs);
    List<double[][]> heldOutProbabilities = new ArrayList<>(Collections.nCopies(docs.size(), null));
    Map<Labelled, Integer> position = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      position.put(docs.get(i), i);
    }
    for (int k = 0; k < folds.size(); k++) {
      List<Labelled> train = new ArrayList<>();
      for (int j = 0; j < folds.size(); j++) {
        if (j != k) {
          train.addAll(folds.get(j));
        }
      }
      float[][] w = fit(train);
      for (Labelled d : folds.get(k)) {
        heldOutProbabilities.set(position.get(d), probabilities(w, d));
      }
    }
    Map<Slot, Double> thresholds = new ThresholdSearch().choose(docs, heldOutProbabilities);
    RoleModel model = model(fit(docs), thresholds);
    Muc4TemplateMapper mapper = new Muc4TemplateMapper(model);
    List<Muc4Answer> heldOut = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Labelled d = docs.get(i);
      heldOut.add(
          new Muc4Answer(
              d.gold(), mapper.map(d.result(), d.candidates(), heldOutProbabilities.get(i))));
    }
    return new Result(model, heldOut);
  }

  private List<List<Labelled>> folds(List<Labelled> docs) {
    List<Labelled> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(settings.seed()));
    List<List<Labelled>> folds = new ArrayList<>();
    for (int k = 0; k < settings.folds(); k++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < shuffled.size(); i++) {
      folds.get(i % settings.folds()).add(shuffled.get(i));
    }
    return folds;
  }

  /** AdaGrad over the documents' candidates; weights indexed by feature id, then slot. */
  float[][] fit(List<Labelled> docs) {
    int[] counts = new int[index.size()];
    List<int[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Labelled d : docs) {
      for (int i = 0; i < d.features().length; i++) {
        for (int f : d.features()[i]) {
          counts[f]++;
        }
        rows.add(d.features()[i]);
        labels.add(d.labels()[i]);
      }
    }
    float[][] w = new float[index.size()][SLOTS];
    float[][] g2 = new float[index.size()][SLOTS];
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(java.util.Arrays.asList(order), random);
      for (int i : order) {
        int[] x = rows.get(i);
        int y = labels.get(i);
        for (int s = 0; s < SLOTS; s++) {
          double z = 0;
          for (int f : x) {
            if (counts[f] >= settings.minCount()) {
              z += w[f][s];
            }
          }
          double g = 1 / (1 + Math.exp(-z)) - ((y >> s) & 1);
          for (int f : x) {
            if (counts[f] >= settings.minCount()) {
              double grad = g + settings.l2() * w[f][s];
              g2[f][s] += (float) (grad * grad);
              w[f][s] -= (float) (settings.rate() * grad / Math.sqrt(g2[f][s] + 1e-8));
            }
          }
        }
      }
    }
    return w;
  }

  private static double[][] probabilities(float[][] w, Labelled d) {
    double[][] p = new double[d.features().length][SLOTS];
    for (int i = 0; i < p.length; i++) {
      for (int s = 0; s < SLOTS; s++) {
        double z = 0;
        for (int f : d.features()[i]) {
          z += w[f][s];
        }
        p[i][s] = 1 / (1 + Math.exp(-z));
      }
    }
    return p;
  }

  /** The model with features whose weights all round to zero left out. */
  private RoleModel model(float[][] w, Map<Slot, Double> thresholds) {
    Map<String, float[]> weights = new HashMap<>();
    for (int f = 0; f < w.length; f++) {
      float max = 0;
      for (float v : w[f]) {
        max = Math.max(max, Math.abs(v));
      }
      if (max >= 1e-3f) {
        weights.put(index.name(f), w[f]);
      }
    }
    return new RoleModel(weights, new EnumMap<>(thresholds));
  }
}
