package org.incidex.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.incidex.nlp.AnalyzerOptions;
import org.incidex.nlp.CoreNlpAnalyzer;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.place.Gazetteer;
import org.incidex.place.GazetteerLocator;
import org.incidex.query.PlaceLocator;
import org.incidex.store.Store;

/**
 * {@code incidex serve}: the HTTP API over one store and one pipeline, and the web page from the
 * classpath folder {@code /public}. Every handler only translates HTTP to a call of the code the
 * CLI uses. Errors are always {@code {"error": "..."}} with their status; every response carries
 * {@code X-Content-Type-Options: nosniff} and a strict Content-Security-Policy. Writes (POST) need
 * {@code Authorization: Bearer TOKEN} when a token is set.
 */
public final class IncidexServer implements AutoCloseable {
  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Javalin app;
  private final ServerOptions options;

  private IncidexServer(Javalin app, ServerOptions options) {
    this.app = app;
    this.options = options;
  }

  /** Starts with the standard CoreNLP pipeline, loaded on the first extraction. */
  public static IncidexServer start(ServerOptions options, Store store) {
    return start(options, store, IncidexServer::standardPipeline);
  }

  /**
   * Starts listening; the store stays the caller's to close (after {@link #close}).
   *
   * @throws IllegalArgumentException when the options expose the store ({@link
   *     ServerOptions#checkExposure})
   */
  public static IncidexServer start(
      ServerOptions options, Store store, Supplier<Pipeline> pipeline) {
    options.checkExposure();
    Library library = new Library(store);
    Extraction extraction = new Extraction(pipeline);
    PlaceLocator places = new LazyLocator();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.prefer405over404 = true;
              cfg.http.maxRequestSize = options.maxBodyBytes();
              if (IncidexServer.class.getResource("/public") != null) {
                cfg.staticFiles.add(
                    sf -> {
                      sf.hostedPath = "/";
                      sf.directory = "/public";
                      sf.location = Location.CLASSPATH;
                      sf.headers =
                          Map.of(
                              "X-Content-Type-Options", "nosniff", "Content-Security-Policy", CSP);
                    });
              }
            });
    app.before(ctx -> secure(ctx, options));
    app.get("/api/openapi.json", IncidexServer::openApi);
    new DocumentRoutes(library, extraction, options.maxBodyBytes()).register(app);
    new IncidentRoutes(library, places).register(app);
    new ActorRoutes(library).register(app);
    app.exception(
        ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), e.problems()));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> fail(ctx, e.getStatus(), message(ctx, e, options), List.of()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // The stack trace is for the operator's terminal, never for the client.
          System.err.println("incidex: internal error on " + ctx.method() + " " + ctx.path() + ":");
          e.printStackTrace(System.err);
          fail(ctx, 500, "internal error; the server's log says more", List.of());
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            fail(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path(), List.of());
          }
        });
    app.start(options.host(), options.port());
    return new IncidexServer(app, options);
  }

  /** The port listened on (the one chosen when the options said 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port} */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static Pipeline standardPipeline() {
    return Pipelines.standard(new CoreNlpAnalyzer(AnalyzerOptions.standard()));
  }

  private static void secure(Context ctx, ServerOptions options) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    if (WRITES.contains(ctx.method().name()) && options.token().isPresent()) {
      String given = ctx.header("Authorization");
      String expected = "Bearer " + options.token().get();
      boolean ok =
          given != null
              && MessageDigest.isEqual(
                  given.getBytes(StandardCharsets.UTF_8),
                  expected.getBytes(StandardCharsets.UTF_8));
      if (!ok) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException(
            401,
            given == null
                ? "this server needs 'Authorization: Bearer TOKEN' to write (INCIDEX_TOKEN)"
                : "the token is wrong");
      }
    }
    if (WRITES.contains(ctx.method().name())
        && ctx.req().getContentLengthLong() > options.maxBodyBytes()) {
      throw Http.tooLarge(options.maxBodyBytes());
    }
  }

  private static void openApi(Context ctx) {
    try (InputStream in = IncidexServer.class.getResourceAsStream("openapi.json")) {
      Objects.requireNonNull(in, "openapi.json is missing from the jar");
      ctx.contentType(Http.JSON_TYPE).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String message(Context ctx, HttpResponseException e, ServerOptions options) {
    return switch (e.getStatus()) {
      case 404 -> "no such route: " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      case 413 -> Http.tooLarge(options.maxBodyBytes()).getMessage();
      default -> e.getMessage();
    };
  }

  private static void fail(Context ctx, int status, String message, List<String> problems) {
    Http.json(ctx, status, Http.error(message, problems));
  }

  /** The gazetteer, loaded when a request first names a place ({@code near=Kabul}). */
  private static final class LazyLocator implements PlaceLocator {
    private GazetteerLocator locator;

    @Override
    public synchronized java.util.Optional<org.incidex.query.GeoPoint> locate(String place) {
      if (locator == null) {
        locator = new GazetteerLocator(Gazetteer.load());
      }
      return locator.locate(place);
    }
  }
}
