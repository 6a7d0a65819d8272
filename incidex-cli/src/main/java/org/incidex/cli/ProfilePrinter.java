package org.incidex.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.NameLink;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.When;
import org.incidex.profile.ActorProfile;
import org.incidex.profile.ActorSummary;
import org.incidex.profile.IncidentRecord;

/**
 * Writes profiles and actor lists as text for people. Each fact is followed by the sentence that
 * states it ({@code doc @start..end "…"}, offsets in the document's original text) and how many
 * more sentences say it.
 */
final class ProfilePrinter {
  private static final int SENTENCE_CHARS = 160;
  private final PrintWriter out;

  ProfilePrinter(PrintWriter out) {
    this.out = out;
  }

  void profile(ActorProfile p) {
    Actor a = p.actor();
    out.println(
        a.name()
            + "  ("
            + a.type().name().toLowerCase(Locale.ROOT)
            + (a.armedGroup() ? ", armed group" : "")
            + ")");
    if (!a.links().isEmpty()) {
      out.println("Also called:");
      for (NameLink l : a.links()) {
        out.println("  " + l.explain());
      }
    } else if (!a.aliases().isEmpty()) {
      out.println("Also called: " + String.join(", ", a.aliases()));
    }
    facts("Part of", p.parents(), false);
    facts("Branches", p.branches(), false);
    facts("Leaders", p.leaders(), true);
    facts("Members", p.members(), false);
    facts("Allegiances", p.allegiances(), false);
    facts("Funding", p.funding(), false);
    facts("Posts", p.posts(), true);
    facts("Other relations", p.other(), false);
    incidents(p.incidents());
    out.flush();
  }

  void list(List<ActorSummary> summaries) {
    out.printf(
        "%-45s %-13s %9s %9s %7s  %s%n",
        "actor", "type", "incidents", "relations", "killed", "aliases");
    for (ActorSummary s : summaries) {
      Actor a = s.actor();
      String type = a.armedGroup() ? "armed group" : a.type().name().toLowerCase(Locale.ROOT);
      out.printf(
          "%-45s %-13s %9d %9d %7d  %s%n",
          clip(a.name(), 45),
          type,
          s.incidents().count(),
          s.relations(),
          s.incidents().killed(),
          clip(String.join(", ", a.aliases()), 60));
    }
    out.println(summaries.size() + " actors");
    out.flush();
  }

  private void facts(String title, List<Relation> relations, boolean timeline) {
    if (relations.isEmpty()) {
      return;
    }
    out.println(title + ":");
    for (Relation r : relations) {
      String when = r.date().map(ProfilePrinter::tenure).orElse(timeline ? "undated" : "");
      out.println(
          "  "
              + (when.isEmpty() ? "" : String.format("%-25s ", when))
              + r.subject()
              + " "
              + r.predicate().name().toLowerCase(Locale.ROOT)
              + " "
              + r.object()
              + r.role().map(x -> " [" + x + "]").orElse(""));
      source(r.mentions());
    }
  }

  private void incidents(IncidentRecord record) {
    if (record.count() == 0) {
      out.println("Incidents attributed: none");
      return;
    }
    out.println(
        "Incidents attributed: "
            + record.count()
            + ", killed "
            + record.killed()
            + " (as written)"
            + record.first().map(d -> ", first " + d).orElse("")
            + record.last().map(d -> ", last " + d).orElse("")
            + (record.undated() > 0 ? ", " + record.undated() + " undated" : ""));
    for (Incident i : record.incidents()) {
      String date = i.date().map(d -> tenure(d.value())).orElse("undated");
      String place =
          i.location()
              .place()
              .map(pl -> pl + i.location().country().map(c -> ", " + c).orElse(""))
              .or(() -> i.location().country())
              .orElse("place unknown");
      out.println(
          String.format("  %-25s ", date)
              + i.typeValue().name().toLowerCase(Locale.ROOT)
              + " in "
              + place
              + i.killed().map(k -> ", killed " + k.value()).orElse("")
              + "  ["
              + i.id()
              + "]");
      source(i.mentions());
    }
  }

  private void source(List<SentenceRef> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    SentenceRef s = mentions.get(0);
    out.println(
        "      "
            + s.docId()
            + " @"
            + s.span()
            + " \""
            + clip(s.text(), SENTENCE_CHARS)
            + "\""
            + (mentions.size() > 1 ? " (+" + (mentions.size() - 1) + " more)" : ""));
  }

  static String tenure(When w) {
    return w.start() + w.end().map(e -> " – " + e).orElse("");
  }

  static String clip(String s, int max) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
