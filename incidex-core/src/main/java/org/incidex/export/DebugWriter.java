package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import org.incidex.frame.IncidentFrame;
import org.incidex.mention.ActorMention;
import org.incidex.mention.AliasMention;
import org.incidex.mention.AttributionMention;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.PlaceMention;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.TargetMention;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;

/**
 * The {@code --debug} view: every sentence with every mention found in it and the frames it gave,
 * so a sentence whose mentions made no frame still shows, with its mentions.
 */
public final class DebugWriter {

  public void write(ExtractionResult result, Writer out) throws IOException {
    for (DocumentResult d : result.documents()) {
      out.write("=== " + d.document().id() + "\n");
      for (SentenceMentions sm : d.sentences()) {
        out.write(
            String.format(
                "[%d %s %s] %s%n",
                sm.sentence().index(),
                sm.sentence().kind(),
                sm.sentence().span(),
                sm.sentence().text()));
        for (Mention m : sm.mentions()) {
          out.write("    " + describe(m, sm) + "\n");
        }
        for (IncidentFrame f : d.frames()) {
          if (f.sentence().span().equals(sm.sentence().span())) {
            out.write("    => FRAME " + frame(f) + "\n");
          }
        }
      }
      d.problems().forEach(p -> write(out, "    ! " + p + "\n"));
    }
    out.flush();
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String describe(Mention m, SentenceMentions sm) {
    String text = sm.sentence().textOf(m.span());
    if (m instanceof EventMention e) {
      return "event "
          + e.type()
          + " '"
          + text
          + "'"
          + (e.generic() ? " generic" : "")
          + (e.definite() ? " definite" : "")
          + (e.suicide() ? " suicide" : "");
    } else if (m instanceof CasualtyMention c) {
      return "figure "
          + c.harm()
          + " "
          + c.count()
          + (c.update() ? " update" : "")
          + " '"
          + text
          + "'";
    } else if (m instanceof DateMention dm) {
      return "date "
          + dm.value()
          + dm.until().map(u -> ".." + u).orElse("")
          + (dm.relative() ? " relative" : "")
          + " '"
          + text
          + "'";
    } else if (m instanceof PlaceMention p) {
      return "place "
          + p.kind()
          + " "
          + p.name()
          + " "
          + p.country().orElse("?")
          + " prep="
          + p.preposition()
          + p.admin1().map(a -> " admin1=" + a).orElse("");
    } else if (m instanceof ActorMention a) {
      return "actor "
          + a.actorClass()
          + " '"
          + text
          + "' -> "
          + a.name()
          + (a.anaphoric() ? " (description)" : "");
    } else if (m instanceof TargetMention t) {
      return "target " + t.target() + " '" + text + "'";
    } else if (m instanceof AttributionMention at) {
      return "attribution " + at.attribution() + " " + at.actor().name();
    } else if (m instanceof AliasMention al) {
      return "alias " + al.name() + " = " + al.alias();
    } else if (m instanceof RoleMention r) {
      return "role " + r.role() + " '" + text + "' cue=" + r.cue();
    }
    return m.toString();
  }

  private static String frame(IncidentFrame f) {
    StringBuilder b = new StringBuilder();
    b.append(f.kind()).append('/').append(f.type());
    if (f.reference()) {
      b.append(" reference");
    }
    f.date().ifPresent(d -> b.append(" date=").append(d.value()));
    f.place().ifPresent(p -> b.append(" place=").append(p.name()));
    f.country().ifPresent(c -> b.append(" country=").append(c.value()));
    f.attributions()
        .forEach(a -> b.append(" ").append(a.attribution()).append('=').append(a.actor().name()));
    f.targets().forEach(t -> b.append(" target=").append(t.target()));
    f.killed().ifPresent(k -> b.append(" killed=").append(k.count()));
    f.wounded().ifPresent(k -> b.append(" wounded=").append(k.count()));
    f.casualties().ifPresent(k -> b.append(" casualties=").append(k.count()));
    f.suicide().ifPresent(s -> b.append(" suicide"));
    return b.toString();
  }
}
