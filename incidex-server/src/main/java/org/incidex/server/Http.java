package org.incidex.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What every route needs: JSON in and out, a bounded body, typed query parameters. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String JSON_TYPE = "application/json; charset=utf-8";

  private Http() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static void json(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  static void json(Context ctx, JsonNode body) {
    json(ctx, 200, body);
  }

  /** {@code {"error": message}}, with {@code problems} when there are several. */
  static ObjectNode error(String message, List<String> problems) {
    ObjectNode n = object().put("error", message);
    if (!problems.isEmpty()) {
      problems.forEach(n.putArray("problems")::add);
    }
    return n;
  }

  /**
   * The request body, refused with 413 beyond {@code max} bytes whether or not the client said its
   * length (a chunked body is counted as it is read).
   */
  static byte[] body(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > max) {
          throw tooLarge(max);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  static ApiException tooLarge(long max) {
    return new ApiException(
        413,
        "the request body is larger than the limit of "
            + max
            + " bytes; send a shorter text, or use 'incidex ingest' for large files");
  }

  /** The media type without parameters, lower case; empty when the request names none. */
  static String mediaType(Context ctx) {
    String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
    int semi = type.indexOf(';');
    return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of the Content-Type, if any. */
  static Optional<String> charset(Context ctx) {
    String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
    for (String part : type.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return Optional.of(p.substring("charset=".length()).replace("\"", "").strip());
      }
    }
    return Optional.empty();
  }

  /** A whole number parameter within {@code min..max}, or {@code fallback} when absent. */
  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "'"
              + name
              + "' must be a whole number from "
              + min
              + " to "
              + max
              + ", not '"
              + value
              + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(
          "'" + name + "' must be from " + min + " to " + max + ", not " + n);
    }
    return n;
  }

  /** A non-blank parameter, if given. */
  static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Refuses parameters the route does not know, so a misspelt filter does not match everything. */
  static void onlyParams(Context ctx, List<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw ApiException.badRequest(
            "unknown parameter '" + name + "'; expected any of " + String.join(", ", known));
      }
    }
  }
}
