package org.incidex.muc4;

import java.util.ArrayList;
import java.util.List;
import org.incidex.mention.SentenceMentions;
import org.incidex.pipeline.DocumentResult;

/**
 * A document's candidates with their features and, once a model is given, their probabilities: the
 * shared first half of mapping ({@link Muc4TemplateMapper}) and of training ({@link
 * RoleModelTrainer}).
 */
record Scoring(DocumentResult result, List<Candidate> candidates, List<List<String>> features) {
  Scoring {
    candidates = List.copyOf(candidates);
    features = List.copyOf(features);
  }

  static Scoring of(DocumentResult result) {
    CandidateFinder finder = new CandidateFinder();
    List<Candidate> candidates = new ArrayList<>();
    List<SentenceMentions> sentences = result.sentences();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!sentences.get(i).sentence().isBody()) {
        continue;
      }
      for (Candidate c : finder.find(sentences.get(i), i)) {
        candidates.add(c);
        owner.add(i);
      }
    }
    DocumentSummary summary = new DocumentSummary(sentences, candidates);
    CandidateFeatures describe = new CandidateFeatures();
    List<List<String>> features = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      features.add(describe.of(candidates.get(k), sentences.get(owner.get(k)), summary));
    }
    return new Scoring(result, candidates, features);
  }

  double[][] probabilities(RoleModel model) {
    double[][] p = new double[candidates.size()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = model.probabilities(features.get(i));
    }
    return p;
  }
}
