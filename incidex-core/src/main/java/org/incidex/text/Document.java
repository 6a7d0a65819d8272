package org.incidex.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One source text, never rewritten. {@code id} names it in exports (a file's stem by default);
 * {@code contentHash} (SHA-256 of the text) makes ingesting the same text twice a no-op.
 */
public record Document(
    String id, String text, String title, String source, Optional<LocalDate> published) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
  }

  public static Document of(String id, String text) {
    return new Document(id, text, id, id, Optional.empty());
  }

  public String contentHash() {
    return sha256(text);
  }

  public Document withPublished(Optional<LocalDate> date) {
    return new Document(id, text, title, source, date);
  }

  public Document withTitle(String newTitle) {
    return new Document(id, text, newTitle, source, published);
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
