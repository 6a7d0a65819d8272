package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.incidex.pipeline.DocumentResult;

/**
 * Learns the {@link Muc4Model} from answer keys, in two stages. The relevance model learns from
 * document features whether a key has any template. The role model learns, per slot, whether the
 * key lists a candidate's text (compared as the scorer compares), with the document's held-out
 * relevance as a feature. Each slot's threshold is chosen on held-out folds ({@link
 * ThresholdSearch}) before both models are fitted on everything. Deterministic for a given seed.
 */
public final class RoleModelTrainer {
  /** How to train: the fitting settings and the number of folds. */
  public record Settings(
      int minCount,
      int epochs,
      double rate,
      double l1,
      double l2,
      double prune,
      int pairMinCount,
      int folds,
      long seed) {
    public static Settings standard() {
      return new Settings(2, 15, 0.05, 3e-3, 1e-5, 0.1, 30, 5, 17);
    }

    Logistic.Settings fitting() {
      return new Logistic.Settings(minCount, epochs, rate, l1, l2, prune, seed);
    }
  }

  /**
   * The model, held-out answers for every training document (from the fold models), and a report:
   * how many key entities some candidate could fill, and how well relevance was told apart.
   */
  public record Result(
      Muc4Model model, List<Muc4Answer> heldOut, List<String> report, double estimate) {}

  private static final int SLOTS = Slot.values().length;
  private final Settings settings;
  private final FeatureIndex index = new FeatureIndex();

  public RoleModelTrainer(Settings settings) {
    this.settings = settings;
  }

  /** One training document, analysed: features and labels. */
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
    int[] document = index.ids(DocumentFeatures.of(result));
    return new Labelled(
        gold, result, document, Outlook.labels(gold), scoring.candidates(), features, labels);
  }

  /** Trains with held-out thresholds; the documents must come from {@link #label}. */
  public Result train(List<Labelled> docs) {
    return train(docs, settings);
  }

  /** Trains with other settings, over the same labelled documents. */
  public Result train(List<Labelled> docs, Settings settings) {
    int[] fold = folds(docs.size(), settings);
    Outlook[] outlooks = heldOutOutlooks(docs, fold, settings);
    double[] relevance = new double[docs.size()];
    List<int[][]> rows = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      relevance[d] = outlooks[d].relevance();
      rows.add(withRelevance(docs.get(d), relevance[d]));
    }
    List<double[][]> heldOut = new ArrayList<>(Collections.nCopies(docs.size(), null));
    for (int k = 0; k < settings.folds(); k++) {
      float[][] w = fitRoles(docs, rows, fold, k, settings);
      for (int d = 0; d < docs.size(); d++) {
        if (fold[d] == k) {
          heldOut.set(d, probabilities(w, rows.get(d)));
        }
      }
    }
    Map<Slot, ThresholdSearch.Cut> cuts = new ThresholdSearch().choose(docs, heldOut);
    Map<Slot, Double> thresholds = new java.util.EnumMap<>(Slot.class);
    cuts.forEach((slot, cut) -> thresholds.put(slot, cut.threshold()));
    Muc4Model model =
        new Muc4Model(
            LinearModel.of(fitDocument(docs, fold, -1, settings), index),
            LinearModel.of(fitRoles(docs, rows, fold, -1, settings), index),
            thresholds);
    Muc4TemplateMapper mapper = new Muc4TemplateMapper(model);
    List<Muc4Answer> answers = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      Labelled l = docs.get(d);
      answers.add(
          new Muc4Answer(
              l.gold(), mapper.map(l.result(), l.candidates(), heldOut.get(d), outlooks[d])));
    }
    return new Result(
        model,
        answers,
        TrainingReport.lines(docs, relevance, cuts, settings),
        TrainingReport.estimate(cuts.values()));
  }

  /** Each document's fold, from a seeded shuffle. */
  private static int[] folds(int n, Settings settings) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(settings.seed()));
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      fold[order.get(i)] = i % settings.folds();
    }
    return fold;
  }

  private Outlook[] heldOutOutlooks(List<Labelled> docs, int[] fold, Settings settings) {
    Outlook[] out = new Outlook[docs.size()];
    for (int k = 0; k < settings.folds(); k++) {
      float[][] w = fitDocument(docs, fold, k, settings);
      for (int d = 0; d < docs.size(); d++) {
        if (fold[d] == k) {
          out[d] =
              Outlook.of(
                  Logistic.probabilities(w, docs.get(d).documentFeatures(), Outlook.OUTPUTS));
        }
      }
    }
    return out;
  }

  /** Fits the document model on every fold but {@code without} (-1: on all). */
  private float[][] fitDocument(List<Labelled> docs, int[] fold, int without, Settings settings) {
    List<int[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (fold[d] != without) {
        rows.add(docs.get(d).documentFeatures());
        labels.add(docs.get(d).documentLabels());
      }
    }
    return Logistic.fit(rows, unbox(labels), Outlook.OUTPUTS, index.size(), settings.fitting());
  }

  /** Fits the role model on every fold but {@code without} (-1: on all). */
  private float[][] fitRoles(
      List<Labelled> docs, List<int[][]> rows, int[] fold, int without, Settings settings) {
    List<int[]> x = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (fold[d] == without) {
        continue;
      }
      int[][] r = rows.get(d);
      for (int i = 0; i < r.length; i++) {
        x.add(r[i]);
        labels.add(docs.get(d).labels()[i]);
      }
    }
    return Logistic.fit(
        x, unbox(labels), SLOTS, index.extraCounts(settings.pairMinCount()), settings.fitting());
  }

  /** The document's candidate rows with the relevance features added. */
  private int[][] withRelevance(Labelled d, double relevance) {
    int[][] out = new int[d.features().length][];
    for (int i = 0; i < out.length; i++) {
      int[] rel = index.ids(Scoring.relevanceFeatures(relevance, d.candidates().get(i)));
      int[] row = java.util.Arrays.copyOf(d.features()[i], d.features()[i].length + rel.length);
      System.arraycopy(rel, 0, row, d.features()[i].length, rel.length);
      out[i] = row;
    }
    return out;
  }

  private static double[][] probabilities(float[][] w, int[][] rows) {
    double[][] p = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      p[i] = Logistic.probabilities(w, rows[i], SLOTS);
    }
    return p;
  }

  private static int[] unbox(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
