package org.incidex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.incidex.store.Store;
import org.incidex.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a token, every write needs it; reads do not; off loopback, a token is required. */
class TokenTest {
  static final String TOKEN = "s3cret-token";
  static final String TEXT = "On 5 May 2019, a bomb killed 4 people in Basra, Iraq.";

  @TempDir static Path dir;
  static Store store;
  static IncidexServer server;
  static Client api;

  @BeforeAll
  static void serveWithAToken() {
    store = Stores.open(dir.resolve("token.db").toString());
    server =
        IncidexServer.start(ServerOptions.local(0).withToken(TOKEN), store, TestServers.plain());
    api = new Client(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void aWriteWithoutTheTokenIs401() {
    for (String route : new String[] {"/api/documents", "/api/extract"}) {
      Client.Answer a = api.post(route, "text/plain", TEXT);
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(a.error()).contains("Authorization: Bearer");
    }
    String id = "doc-" + org.incidex.text.Document.sha256(TEXT).substring(0, 12);
    assertThat(api.get("/api/documents/" + id).status()).isEqualTo(404);
  }

  @Test
  void aWriteWithAWrongTokenIs401() {
    for (String given :
        new String[] {"Bearer wrong", "Bearer " + TOKEN + "x", TOKEN, "Basic " + TOKEN}) {
      Client.Answer a = api.post("/api/documents", "text/plain", TEXT, Optional.of(given));
      assertThat(a.status()).as(given).isEqualTo(401);
      assertThat(a.error()).isEqualTo("the token is wrong");
    }
  }

  @Test
  void aWriteWithTheTokenIsAccepted() {
    Client.Answer a =
        api.post(
            "/api/documents",
            "text/plain",
            "On 7 May 2019, a bomb killed 6 people in Basra, Iraq.",
            Optional.of("Bearer " + TOKEN));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(
            api.post("/api/extract", "text/plain", TEXT, Optional.of("Bearer " + TOKEN)).status())
        .isEqualTo(200);
  }

  @Test
  void theTokenIsCheckedBeforeTheBodyIsRead() {
    String big = "x".repeat((int) ServerOptions.DEFAULT_MAX_BODY_BYTES + 10);
    assertThat(api.post("/api/documents", "text/plain", big).status()).isEqualTo(401);
  }

  @Test
  void readsNeedNoToken() {
    assertThat(api.get("/api/incidents").status()).isEqualTo(200);
    assertThat(api.get("/api/openapi.json").status()).isEqualTo(200);
  }

  @Test
  void anotherAddressWithoutATokenIsRefused() {
    ServerOptions open = new ServerOptions("0.0.0.0", 0, 1024, Optional.empty());
    assertThatThrownBy(() -> IncidexServer.start(open, store, TestServers.plain()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to listen on 0.0.0.0 without a token")
        .hasMessageContaining("INCIDEX_TOKEN");
  }

  @Test
  void anotherAddressWithATokenListensAndGuardsWrites() {
    ServerOptions open = new ServerOptions("0.0.0.0", 0, 1024, Optional.of(TOKEN));
    try (IncidexServer exposed = IncidexServer.start(open, store, TestServers.plain())) {
      Client local = new Client("http://127.0.0.1:" + exposed.port());
      assertThat(local.get("/api/actors").status()).isEqualTo(200);
      assertThat(local.post("/api/documents", "text/plain", TEXT).status()).isEqualTo(401);
    }
  }
}
