package org.incidex.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.incidex.frame.Framer;
import org.incidex.frame.IncidentFrame;
import org.incidex.fusion.ActorDecision;
import org.incidex.fusion.ActorResolver;
import org.incidex.fusion.EndDates;
import org.incidex.fusion.IncidentFuser;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.MentionOverlaps;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.actor.Coreference;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Problem;
import org.incidex.model.Relation;
import org.incidex.participant.RoleAttacher;
import org.incidex.relation.RelationExtractor;
import org.incidex.text.Analyzer;
import org.incidex.text.Document;
import org.incidex.text.Segment;
import org.incidex.text.Segmenter;
import org.incidex.text.Sentence;

/**
 * The one extraction pipeline every entry point (CLI, web, batch) calls: segment, analyse, extract
 * mentions, resolve coreference, frame, fuse per document and attach role fillers ({@link
 * #extract}); then combine documents into one database view ({@link #combine}). Build it once and
 * reuse it: the analyser loads models.
 */
public final class Pipeline {
  private final Segmenter segmenter;
  private final Analyzer analyzer;
  private final List<MentionExtractor> extractors;
  private final Coreference coreference = new Coreference();
  private final Framer framer = new Framer();
  private final IncidentFuser fuser = new IncidentFuser();
  private final EndDates endDates = new EndDates();
  private final RoleAttacher roles = new RoleAttacher();
  private final ActorResolver actors = new ActorResolver();
  private final RelationExtractor relations;
  private final Combiner combiner = new Combiner();

  public Pipeline(
      Segmenter segmenter,
      Analyzer analyzer,
      List<MentionExtractor> extractors,
      RelationExtractor relations) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.extractors = List.copyOf(extractors);
    this.relations = Objects.requireNonNull(relations, "relations");
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** Everything one document yields on its own. Bad text is a problem, not an exception. */
  public DocumentResult extract(Document document) {
    if (document.text().isBlank()) {
      return DocumentResult.failed(
          document,
          List.of(Problem.fatal(document.id(), "the document has no text; nothing extracted")));
    }
    List<Segment> segments = segmenter.segment(document);
    List<Sentence> sentences = analyzer.analyze(document, segments);
    DocumentContext context = new DocumentContext(document, sentences);
    List<SentenceMentions> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Mention> mentions = new ArrayList<>();
      for (MentionExtractor e : extractors) {
        mentions.addAll(e.extract(s, context));
        if (s.isBody()) {
          problems.addAll(e.problems(s));
        }
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      found.add(new SentenceMentions(s, MentionOverlaps.settle(mentions)));
    }
    List<SentenceMentions> resolved = coreference.resolve(found);
    List<IncidentFrame> frames = framer.frame(resolved);
    List<Incident> incidents = roles.attach(endDates.apply(resolved, fuser.fuse(frames)), resolved);
    List<Actor> named = actors.actorsOf(document.id(), resolved);
    List<Relation> stated = relations.extract(resolved, incidents);
    if (segments.stream().noneMatch(s -> s.kind() == org.incidex.text.SegmentKind.SENTENCE)) {
      problems.add(
          Problem.fatal(document.id(), "no sentence of running text found; nothing extracted"));
    }
    return new DocumentResult(document, resolved, frames, incidents, named, stated, problems);
  }

  /** The database view of several documents' results. */
  public ExtractionResult combine(List<DocumentResult> documents) {
    return combiner.combine(documents);
  }

  /** The database view, corrected by analysts' decisions (applied oldest first). */
  public ExtractionResult combine(List<DocumentResult> documents, List<ActorDecision> decisions) {
    return combiner.combine(documents, decisions);
  }

  public ExtractionResult run(List<Document> documents) {
    List<DocumentResult> results = new ArrayList<>();
    for (Document d : documents) {
      results.add(extract(d));
    }
    return combine(results);
  }
}
