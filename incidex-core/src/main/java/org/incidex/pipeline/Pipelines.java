package org.incidex.pipeline;

import java.util.List;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.actor.ActorExtractor;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.mention.actor.AliasExtractor;
import org.incidex.mention.actor.CountryNationalities;
import org.incidex.mention.casualty.CasualtyExtractor;
import org.incidex.mention.date.DateExtractor;
import org.incidex.mention.event.EventExtractor;
import org.incidex.mention.perpetrator.PerpetratorExtractor;
import org.incidex.mention.physical.PhysicalTargetExtractor;
import org.incidex.mention.place.PlaceExtractor;
import org.incidex.mention.target.TargetExtractor;
import org.incidex.mention.victim.VictimExtractor;
import org.incidex.mention.weapon.WeaponExtractor;
import org.incidex.place.Gazetteer;
import org.incidex.relation.PatternRelationExtractor;
import org.incidex.text.Analyzer;
import org.incidex.text.TextSegmenter;

/** The standard pipeline: our segmenter, the given analyser, and every extractor Incidex has. */
public final class Pipelines {
  private Pipelines() {}

  public static Pipeline standard(Analyzer analyzer) {
    return standard(analyzer, Gazetteer.load());
  }

  public static Pipeline standard(Analyzer analyzer, Gazetteer gazetteer) {
    ActorLexicon lexicon = ActorLexicon.standard();
    return new Pipeline(
        new TextSegmenter(),
        analyzer,
        extractors(gazetteer, lexicon),
        new PatternRelationExtractor(name -> lexicon.lookup(name).map(e -> e.canonical())));
  }

  static List<MentionExtractor> extractors(Gazetteer gazetteer) {
    return extractors(gazetteer, ActorLexicon.standard());
  }

  static List<MentionExtractor> extractors(Gazetteer gazetteer, ActorLexicon lexicon) {
    return List.of(
        new EventExtractor(),
        new CasualtyExtractor(),
        new DateExtractor(),
        new PlaceExtractor(gazetteer),
        new TargetExtractor(),
        new PerpetratorExtractor(),
        new VictimExtractor(),
        new PhysicalTargetExtractor(),
        new WeaponExtractor(),
        new ActorExtractor(lexicon, new CountryNationalities(gazetteer.countries())),
        new AliasExtractor());
  }
}
