package org.incidex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.store.Store;
import org.incidex.store.Stores;
import org.incidex.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's view is kept while the store is unchanged and follows every change, by anyone. */
class LibraryTest {
  @TempDir Path dir;

  @Test
  void theViewIsKeptUntilTheStoreChangesEvenFromAnotherConnection() {
    String db = dir.resolve("library.db").toString();
    try (Store served = Stores.open(db);
        Store other = Stores.open(db)) {
      Library library = new Library(served);
      ExtractionResult empty = library.view();
      assertThat(empty.incidents()).isEmpty();
      assertThat(library.view()).isSameAs(empty);

      other.ingest(
          TestServers.plainPipeline()
              .extract(
                  Document.of(
                      "kerman",
                      "On 3 January 2024, two suicide bombers killed 94 people in Kerman, Iran.")));

      ExtractionResult after = library.view();
      assertThat(after).isNotSameAs(empty);
      assertThat(after.incidents()).hasSize(1);
      assertThat(library.document("kerman")).isPresent();
      assertThat(library.view()).isSameAs(after);
    }
  }
}
