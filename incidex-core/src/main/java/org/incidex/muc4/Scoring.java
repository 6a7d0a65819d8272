package org.incidex.muc4;

import java.util.ArrayList;
import java.util.List;
import org.incidex.mention.SentenceMentions;
import org.incidex.pipeline.DocumentResult;

/**
 * A document's candidates with their features: the shared first half of mapping ({@link
 * Muc4TemplateMapper}) and of training ({@link RoleModelTrainer}). The document's relevance is
 * given to each candidate as more features ({@link #relevanceFeatures}), so the role model learns
 * how much a slot should trust a document the relevance model doubts.
 */
record Scoring(DocumentResult result, List<Candidate> candidates, List<List<String>> features) {
  Scoring {
    candidates = List.copyOf(candidates);
    features = List.copyOf(features);
  }

  /** Candidates and their features, without the relevance feature. */
  static Scoring of(DocumentResult result) {
    CandidateFinder finder = new CandidateFinder();
    List<Candidate> candidates = new ArrayList<>();
    List<SentenceMentions> sentences = result.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).sentence().isBody()) {
        candidates.addAll(finder.find(sentences.get(i), i));
      }
    }
    DocumentSummary summary = new DocumentSummary(sentences, candidates);
    CandidateFeatures describe = new CandidateFeatures();
    List<List<String>> features = new ArrayList<>();
    for (Candidate c : candidates) {
      features.add(describe.of(c, sentences.get(c.sentence()), summary));
    }
    return new Scoring(result, candidates, features);
  }

  /**
   * The features that tell a candidate how relevant its document is: in tenths, and in fifths with
   * how the candidate was found and what the recogniser called its head.
   */
  static List<String> relevanceFeatures(double relevance, Candidate c) {
    int fifth = Math.min(4, (int) (relevance * 5));
    return List.of(
        "rel=" + Math.min(9, (int) (relevance * 10)),
        "rel+o=" + fifth + "|" + c.origin(),
        "rel+ner=" + fifth + "|" + c.phrase().headToken().ner());
  }

  /** Every candidate's slot probabilities under the model, for a document of this relevance. */
  double[][] probabilities(Muc4Model model, double relevance) {
    double[][] p = new double[candidates.size()][];
    for (int i = 0; i < p.length; i++) {
      List<String> f = new ArrayList<>(features.get(i));
      f.addAll(relevanceFeatures(relevance, candidates.get(i)));
      p[i] = model.roles(f);
    }
    return p;
  }
}
