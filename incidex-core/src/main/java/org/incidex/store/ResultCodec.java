package org.incidex.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.incidex.pipeline.DocumentResult;
import org.incidex.text.Document;

/**
 * Turns what one document yielded into JSON and back, so a store can keep it in one column.
 *
 * <p>{@link #encode} reads a {@link DocumentResult} and writes its incidents, actors, relations and
 * problems, every value with its evidence (document id and UTF-16 span), in the {@value #FORMAT}
 * shape: the spec's field names and enum spellings, plus {@code from} evidence objects. The
 * document itself and the analysis (sentences, frames) are not written: the store keeps the
 * document in columns, and the analysis is recomputed when wanted. {@link #decode} reads that JSON
 * with its document and returns {@code result.withoutAnalysis()} exactly.
 */
public final class ResultCodec {
  /** The version of the stored shape; a reader refuses any other. */
  public static final String FORMAT = "incidex-result/1";

  private final ObjectMapper json = new ObjectMapper();

  public String encode(DocumentResult result) {
    StringWriter out = new StringWriter();
    try {
      new ResultJsonWriter(json.getFactory().createGenerator(out)).write(result);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return out.toString();
  }

  /**
   * The stored result of {@code document}.
   *
   * @throws StoreException if the JSON is not in the {@value #FORMAT} shape
   */
  public DocumentResult decode(Document document, String encoded) {
    JsonNode root;
    try {
      root = json.readTree(encoded);
    } catch (JsonProcessingException e) {
      throw unreadable(document, e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw unreadable(
          document,
          "expected format "
              + FORMAT
              + ", found "
              + (root == null ? "nothing" : root.get("format")),
          null);
    }
    try {
      return new ResultJsonReader().read(document, root);
    } catch (RuntimeException e) {
      throw unreadable(document, e.toString(), e);
    }
  }

  private static StoreException unreadable(Document document, String why, Throwable cause) {
    return new StoreException(
        "the stored result of document " + document.id() + " cannot be read: " + why, cause);
  }
}
