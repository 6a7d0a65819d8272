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
import java.util.zip.GZIPInputStream;

/**
 * What {@link RoleModelTrainer} learns from {@code train.jsonl}: a relevance model (does the
 * document report an incident MUC-4 asks about?) over document features, a role model (which slot
 * does a candidate fill?) over candidate features, and each slot's probability threshold. Stored as
 * gzipped text: {@code #threshold SLOT p} lines, then {@code relevance} and {@code role} weight
 * lines ({@link LinearModel}).
 */
public final class Muc4Model {
  /** The model Incidex ships, built by {@code incidex muc4-train} (see the README). */
  public static final String RESOURCE = "muc4-model.tsv.gz";

  private static final int SLOTS = Slot.values().length;

  private final LinearModel document;
  private final LinearModel roles;
  private final Map<Slot, Double> thresholds;

  Muc4Model(LinearModel document, LinearModel roles, Map<Slot, Double> thresholds) {
    this.document = Objects.requireNonNull(document, "document");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.thresholds = new EnumMap<>(thresholds);
    for (Slot s : Slot.values()) {
      Objects.requireNonNull(this.thresholds.get(s), "threshold of " + s);
    }
  }

  /** What the document model says of a document with these features. */
  Outlook outlook(List<String> documentFeatures) {
    return Outlook.of(document.probabilities(documentFeatures));
  }

  /** The probability of each slot (by {@link Slot#ordinal()}) for a candidate's features. */
  double[] roles(List<String> candidateFeatures) {
    return roles.probabilities(candidateFeatures);
  }

  public double threshold(Slot slot) {
    return thresholds.get(slot);
  }

  /** How many features the two models weigh. */
  public int size() {
    return document.size() + roles.size();
  }

  /** The shipped model. */
  public static Muc4Model standard() {
    try (InputStream in = Muc4Model.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + RESOURCE + "; run incidex muc4-train");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Muc4Model read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, float[]> document = new HashMap<>();
    Map<String, float[]> roles = new HashMap<>();
    Map<Slot, Double> thresholds = new EnumMap<>(Slot.class);
    String line;
    while ((line = r.readLine()) != null) {
      String[] cols = line.split("\t");
      if (line.startsWith("#threshold")) {
        thresholds.put(Slot.valueOf(cols[1]), Double.parseDouble(cols[2]));
      } else if (cols[0].equals("document")) {
        LinearModel.readLine(cols, Outlook.OUTPUTS, document);
      } else if (cols[0].equals("role")) {
        LinearModel.readLine(cols, SLOTS, roles);
      }
    }
    return new Muc4Model(
        new LinearModel(Outlook.OUTPUTS, document), new LinearModel(SLOTS, roles), thresholds);
  }

  public void write(Writer out) throws IOException {
    out.write("# Incidex MUC-4 model, learned from train.jsonl by incidex muc4-train.\n");
    out.write("# document TAB feature TAB weights for relevance and");
    for (Muc4Type t : Muc4Type.values()) {
      out.write(" " + t.key().replace(' ', '_'));
    }
    out.write("\n# role TAB feature TAB weights for");
    for (Slot s : Slot.values()) {
      out.write(" " + s.jsonName());
    }
    out.write('\n');
    for (Slot s : Slot.values()) {
      out.write("#threshold\t" + s.name() + "\t" + thresholds.get(s) + "\n");
    }
    document.write("document", out);
    roles.write("role", out);
    out.flush();
  }
}
