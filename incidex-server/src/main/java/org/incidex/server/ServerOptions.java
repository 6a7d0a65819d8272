package org.incidex.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and whom it trusts: the address and port ({@code 0}: any free port), the
 * largest request body accepted, and the token every write must carry ({@code INCIDEX_TOKEN}), if
 * any.
 */
public record ServerOptions(String host, int port, long maxBodyBytes, Optional<String> token) {
  /** 2 MB: a long report is far smaller; a corpus belongs in {@code incidex ingest}. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range; expected 0..65535");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException(
          "the body limit must be at least one byte, not " + maxBodyBytes);
    }
    token = token.filter(t -> !t.isBlank());
  }

  /** Loopback on {@code port}, the default body limit, and no token. */
  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, Optional.empty());
  }

  public ServerOptions withToken(String newToken) {
    return new ServerOptions(host, port, maxBodyBytes, Optional.ofNullable(newToken));
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(host, port, bytes, token);
  }

  /**
   * Refuses a set-up that would let anyone on the network write to the store: a non-loopback
   * address without a token.
   *
   * @throws IllegalArgumentException with a one-line message for the user
   */
  public void checkExposure() {
    if (token.isEmpty() && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "refusing to listen on "
              + host
              + " without a token: anyone who can reach it could write to the store; set"
              + " INCIDEX_TOKEN, or keep the default --host 127.0.0.1");
    }
  }

  /** Whether {@code host} names only this machine ({@code 127.0.0.1}, {@code ::1}, localhost). */
  static boolean isLoopback(String host) {
    String h = host.strip();
    if (h.isEmpty()) {
      return false; // an empty host means every interface
    }
    try {
      InetAddress[] all = InetAddress.getAllByName(h);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
