package org.incidex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.incidex.export.SpecNames;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.Location;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;

/**
 * Writes one document's incidents into the plain tables ({@code incident}, {@code incident_actor},
 * {@code incident_sentence}) inside the caller's transaction. The dates are written as the interval
 * they can mean: {@code January 2024} is 2024-01-01..2024-01-31 at {@code month}.
 */
final class IncidentRows {
  private final SqlStatements sql;

  IncidentRows(SqlStatements sql) {
    this.sql = sql;
  }

  void write(Connection c, long docKey, List<Incident> incidents) throws SQLException {
    try (PreparedStatement incident = c.prepareStatement(sql.get(Sql.INSERT_INCIDENT));
        PreparedStatement actor = c.prepareStatement(sql.get(Sql.INSERT_INCIDENT_ACTOR));
        PreparedStatement sentence = c.prepareStatement(sql.get(Sql.INSERT_INCIDENT_SENTENCE))) {
      for (int n = 0; n < incidents.size(); n++) {
        Incident i = incidents.get(n);
        long key = insert(incident, docKey, n, i);
        for (Sourced<String> p : i.perpetrators()) {
          actor(actor, key, "perpetrator", p.value());
        }
        for (Sourced<String> s : i.suspected()) {
          actor(actor, key, "suspected", s.value());
        }
        for (SentenceRef m : i.mentions()) {
          sentence.setLong(1, key);
          sentence.setLong(2, docKey);
          sentence.setInt(3, m.span().start());
          sentence.setInt(4, m.span().end());
          sentence.setString(5, m.text());
          sentence.executeUpdate();
        }
      }
    }
  }

  private static long insert(PreparedStatement p, long docKey, int ordinal, Incident i)
      throws SQLException {
    Optional<When> when = i.date().map(Sourced::value);
    Location l = i.location();
    int c = 0;
    p.setLong(++c, docKey);
    p.setInt(++c, ordinal);
    p.setString(++c, i.id());
    p.setString(++c, SpecNames.of(i.kind()));
    p.setString(++c, SpecNames.of(i.typeValue()));
    p.setString(++c, when.map(w -> w.start().first().toString()).orElse(null));
    p.setString(
        ++c,
        when.map(w -> w.end().orElse(w.start()))
            .map(DateValue::last)
            .map(Object::toString)
            .orElse(null));
    p.setString(++c, when.map(w -> SpecNames.of(w.start().precision())).orElse(null));
    p.setString(++c, l.place().orElse(null));
    p.setString(++c, l.admin1().orElse(null));
    p.setString(++c, l.country().orElse(null));
    real(p, ++c, l.lat());
    real(p, ++c, l.lon());
    c = count(p, c, i.killed());
    c = count(p, c, i.wounded());
    c = count(p, c, i.casualties());
    if (i.suicide().isPresent()) {
      p.setBoolean(++c, i.suicide().get().value());
    } else {
      p.setNull(++c, Types.BOOLEAN);
    }
    try (ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void actor(PreparedStatement p, long incidentKey, String role, String name)
      throws SQLException {
    p.setLong(1, incidentKey);
    p.setString(2, role);
    p.setString(3, name);
    p.executeUpdate();
  }

  /** Binds a count's value and qualifier; returns the last parameter index used. */
  private static int count(PreparedStatement p, int c, Optional<Sourced<Count>> count)
      throws SQLException {
    if (count.isPresent()) {
      p.setInt(c + 1, count.get().value().value());
      p.setString(c + 2, SpecNames.of(count.get().value().qualifier()));
    } else {
      p.setNull(c + 1, Types.INTEGER);
      p.setNull(c + 2, Types.VARCHAR);
    }
    return c + 2;
  }

  private static void real(PreparedStatement p, int index, Optional<Double> value)
      throws SQLException {
    if (value.isPresent()) {
      p.setDouble(index, value.get());
    } else {
      p.setNull(index, Types.DOUBLE);
    }
  }
}
