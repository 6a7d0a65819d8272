package org.incidex.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.ActorType;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.text.Sentence;

/**
 * Sources of a group's money, in a sentence about its finances: an organisation after {@code
 * support from} or {@code funded by}, and descriptions as written ({@code local taxation}, {@code
 * sympathetic patrons}, {@code criminal enterprises}, {@code cattle rustling}). The funded group is
 * the organisation the sentence names as owner ({@code ISIS–K's financing}), else the group named
 * last.
 */
final class Funding {
  /** A sentence about money. */
  private static final Pattern ABOUT_MONEY =
      Pattern.compile(
          "\\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing|ial)|revenue|taxation|taxes|donors?"
              + "|donations?|patrons?|money|income|extortion|ransom)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Where an organisation is a source: "support from ISIS-Central". */
  private static final Pattern SOURCE_BEFORE =
      Pattern.compile(
          "\\b(?:support|funding|financing|money|donations|funds|aid|backing|help)\\s+from\\s+"
              + "(?:the\\s+)?$|\\b(?:funded|financed|bankrolled|sponsored|backed)\\s+(?:\\p{Ll}+\\s+)?by\\s+"
              + "(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Descriptions of sources, as the text words them. */
  private static final List<Pattern> DESCRIPTIONS =
      List.of(
          Pattern.compile(
              "\\b(?:(?:local|illegal|informal|religious|zakat)\\s+)?taxation(?=\\s+(?:approach|in|of|system|on)|[,.;]|\\s+and)"),
          Pattern.compile(
              "\\b(?:funding|donations|money|support)\\s+from\\s+(?<np>(?!the\\b)(?:\\p{Ll}+\\s+)?\\p{Ll}+s)\\b"),
          Pattern.compile(
              "\\b(?:involvement|engagement|participation)\\s+in\\s+(?<np>\\p{Ll}+\\s+\\p{Ll}+)\\b"),
          Pattern.compile("\\b(?:funded|financed)\\s+by\\s+(?<np>\\p{Ll}+\\s+\\p{Ll}+)\\b"),
          Pattern.compile("\\bby\\s+(?:the\\s+)?(?<np>taxation\\s+of\\s+\\p{Ll}+)\\b"),
          Pattern.compile(
              "\\b(?<np>kidnapping\\s+for\\s+ransom|drug\\s+trafficking|extortion|smuggling"
                  + "|cattle\\s+rustling|illegal\\s+mining)\\b"));

  List<Relation> apply(
      SentenceMentions sm, List<ActorMention> actors, Optional<ActorMention> lastGroup) {
    Sentence s = sm.sentence();
    String text = s.text();
    if (!ABOUT_MONEY.matcher(text).find()) {
      return List.of();
    }
    int base = s.span().start();
    Set<String> sources = new LinkedHashSet<>();
    Set<String> sourceOrgs = new LinkedHashSet<>();
    for (ActorMention a : actors) {
      String before = text.substring(0, a.span().start() - base);
      if (a.type() == ActorType.ORGANIZATION && SOURCE_BEFORE.matcher(before).find()) {
        sourceOrgs.add(a.name());
      }
    }
    for (Pattern p : DESCRIPTIONS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String np = namedGroup(m).orElse(m.group()).strip();
        sources.add(np.replaceAll("\\s+", " "));
      }
    }
    Optional<ActorMention> funded = owner(text, base, actors, sourceOrgs).or(() -> lastGroup);
    if (funded.isEmpty() || (sources.isEmpty() && sourceOrgs.isEmpty())) {
      return List.of();
    }
    List<Relation> out = new ArrayList<>();
    for (String org : sourceOrgs) {
      if (!org.equals(funded.get().name())) {
        out.add(relation(funded.get(), org, s));
      }
    }
    for (String source : sources) {
      out.add(relation(funded.get(), source, s));
    }
    return out;
  }

  private static Relation relation(ActorMention funded, String source, Sentence s) {
    return new Relation(
        funded.name(),
        Predicate.FUNDED_BY,
        source,
        Optional.empty(),
        Optional.empty(),
        List.of(PatternRelationExtractor.ref(s)));
  }

  /** The organisation whose money the sentence describes: a possessive, else the subject. */
  private static Optional<ActorMention> owner(
      String text, int base, List<ActorMention> actors, Set<String> sources) {
    for (ActorMention a : actors) {
      int end = a.span().end() - base;
      boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
      if (a.type() == ActorType.ORGANIZATION && possessive && !sources.contains(a.name())) {
        return Optional.of(a);
      }
    }
    for (ActorMention a : actors) {
      if (a.isArmedGroup() && !sources.contains(a.name())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> namedGroup(Matcher m) {
    try {
      return Optional.ofNullable(m.group("np"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
