package org.incidex.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.incidex.server.IncidexServer;
import org.incidex.server.ServerOptions;
import org.incidex.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code incidex serve}: the HTTP API and the web page over a store, until interrupted. Listens on
 * 127.0.0.1 unless told otherwise; another address needs {@code INCIDEX_TOKEN}, which every write
 * must then carry.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API (/api/..., described at /api/openapi.json) and the web page.",
      "Set INCIDEX_TOKEN to require 'Authorization: Bearer TOKEN' on writes; it is needed to"
          + " listen on an address other than loopback."
    })
public final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES,
      description = "Largest request body accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Spec CommandSpec spec;

  /** Stops the server (tests count it down; a person presses Ctrl-C). */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The running server, once started (for tests that run the command in a thread). */
  volatile IncidexServer running;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options;
    try {
      options =
          new ServerOptions(
              host, port, maxBody, Optional.ofNullable(System.getenv("INCIDEX_TOKEN")));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      options.checkExposure();
    } catch (IllegalArgumentException e) {
      err.println("incidex: " + e.getMessage());
      err.flush();
      return 2;
    }
    try (Store s = store.open();
        IncidexServer server = IncidexServer.start(options, s, PipelineFactory::standard)) {
      running = server;
      Thread hook = new Thread(stop::countDown, "incidex-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      err.println(
          "incidex: serving "
              + store.location()
              + " on "
              + server.url()
              + (options.token().isPresent() ? " (writes need the token)" : "")
              + "; Ctrl-C stops");
      err.flush();
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is what stopped us
      }
    }
    return 0;
  }
}
