package org.incidex.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A small HTTP client for one server: requests by path, answers with their JSON. */
final class Client {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  Client(String base) {
    this.base = base;
  }

  /** One answer: status, headers and body (parsed as JSON on demand). */
  record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return Http.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String error() {
      return json().path("error").asText(null);
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  Answer post(String path, String contentType, String body) {
    return post(path, contentType, body, Optional.empty());
  }

  Answer post(String path, String contentType, String body, Optional<String> authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    authorization.ifPresent(a -> b.header("Authorization", a));
    return send(b.build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(base + path);
  }
}
