package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.place.Gazetteer;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training on a small hand-written corpus, over the plain analyser (no CoreNLP). */
class RoleModelTrainerTest {
  private static final RoleModelTrainer.Settings QUICK =
      new RoleModelTrainer.Settings(1, 5, 0.1, 0, 1e-5, 0, 0, 3, 7);

  private static List<Muc4Document> corpus;
  private static Pipeline pipeline;

  @BeforeAll
  static void corpus() {
    pipeline = Pipelines.standard(new PlainAnalyzer(), Gazetteer.load());
    String[] weapons = {"bomb", "grenade", "dynamite"};
    String[] places = {"bank", "embassy", "bus", "store"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String weapon = weapons[i % weapons.length];
      String place = places[i % places.length];
      String text =
          "guerrillas placed a " + weapon + " at the " + place + " today.  the army said so.";
      lines.add(
          "{\"docid\": \"D-"
              + i
              + "\", \"doctext\": \""
              + text
              + "\", \"templates\": [{\"incident_type\": \"bombing\", \"PerpInd\":"
              + " [[\"guerrillas\"]], \"Target\": [[\""
              + place
              + "\"]], \"Weapon\": [[\""
              + weapon
              + "\"]]}]}");
      lines.add(
          "{\"docid\": \"Q-" + i + "\", \"doctext\": \"the president spoke of peace talks.\"}");
    }
    corpus = new Muc4Jsonl().read("corpus", String.join("\n", lines)).documents();
  }

  private RoleModelTrainer.Result train() {
    RoleModelTrainer trainer = new RoleModelTrainer(QUICK);
    List<Labelled> labelled = new ArrayList<>();
    for (Muc4Document d : corpus) {
      labelled.add(trainer.label(d, pipeline.extract(d.document())));
    }
    return trainer.train(labelled);
  }

  @Test
  void heldOutAnswersQuoteTheirDocumentsAndFindTheWeapons() {
    RoleModelTrainer.Result r = train();
    assertThat(r.heldOut()).hasSize(corpus.size());
    long weapons =
        r.heldOut().stream()
            .filter(a -> a.docid().startsWith("D-"))
            .filter(
                a ->
                    a.templates().stream()
                        .flatMap(t -> t.fillers(Slot.WEAPON).stream())
                        .anyMatch(
                            f -> a.document().doctext().contains(" " + f.mentions().get(0) + " ")))
            .count();
    assertThat(weapons).isGreaterThanOrEqualTo(6);
    assertThat(r.report()).anyMatch(line -> line.startsWith("held-out entity F1 estimate"));
  }

  @Test
  void trainingTwiceGivesTheSameModel() throws Exception {
    java.io.StringWriter a = new java.io.StringWriter();
    java.io.StringWriter b = new java.io.StringWriter();
    train().model().write(a);
    train().model().write(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
