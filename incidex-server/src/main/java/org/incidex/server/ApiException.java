package org.incidex.server;

import java.util.List;

/**
 * A request the API answers with an error: the HTTP status and one clear message, and for a text
 * that could not be read, every problem found ({@code problems} in the JSON).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> problems;

  ApiException(int status, String message) {
    this(status, message, List.of());
  }

  ApiException(int status, String message, List<String> problems) {
    super(message, null, false, false);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  int status() {
    return status;
  }

  List<String> problems() {
    return problems;
  }
}
