package org.incidex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.incidex.fusion.ActorDecision;
import org.incidex.pipeline.DocumentResult;
import org.incidex.store.IngestOutcome;
import org.incidex.store.Store;
import org.incidex.store.TextMatches;
import org.incidex.store.TextQuery;
import org.junit.jupiter.api.Test;

/** A bug answers 500 with a plain message; its details go to the server's log only. */
class InternalErrorTest {
  static final String SECRET = "password=hunter2 at jdbc:postgresql://db/incidex";

  /** A store that fails every call, as a broken database connection would. */
  static final class BrokenStore implements Store {
    @Override
    public IngestOutcome ingest(DocumentResult result) {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public boolean contains(String contentHash) {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public List<DocumentResult> load() {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public String state() {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public TextMatches search(TextQuery query) {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public void record(ActorDecision decision) {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public List<ActorDecision> decisions() {
      throw new IllegalStateException(SECRET);
    }

    @Override
    public void close() {}
  }

  @Test
  void aBugIs500WithoutItsDetails() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
        IncidexServer server =
            IncidexServer.start(ServerOptions.local(0), new BrokenStore(), TestServers.plain())) {
      System.setErr(capture);
      Client api = new Client(server.url());
      for (String path : List.of("/api/incidents", "/api/actors", "/api/export?format=csv")) {
        Client.Answer a = api.get(path);
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.error()).isEqualTo("internal error; the server's log says more");
        assertThat(a.body()).doesNotContain("hunter2", "IllegalStateException", "\tat ");
      }
    } finally {
      System.setErr(stderr);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("hunter2", "GET /api/incidents");
  }
}
