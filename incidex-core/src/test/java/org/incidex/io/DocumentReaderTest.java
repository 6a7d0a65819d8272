package org.incidex.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidex.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsATextFileWithItsDateLineAndTitle() throws IOException {
    Path p =
        write(
            "mogadishu.txt",
            "date 2022-10-29\n\nTwo blasts hit Mogadishu\n\nTwin car bombings rocked it.\n");
    ReadResult r = reader.read(List.of(p));
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("mogadishu");
              assertThat(d.published()).contains(LocalDate.of(2022, 10, 29));
              assertThat(d.title()).isEqualTo("Two blasts hit Mogadishu");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty.txt   | the file is empty
          page.txt    | looks like HTML
          """)
  void refusesTextThatIsNoReport(String name, String message) throws IOException {
    String text =
        name.equals("page.txt") ? "<!DOCTYPE html><html><body><p>x</p></body></html>" : "  \n";
    ReadResult r = reader.read(List.of(write(name, text)));
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains(message));
  }

  @Test
  void refusesBinaryAndNonUtf8Files() throws IOException {
    Path binary = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Path latin1 = write("latin1.txt", "Bogot\u00e1 attack".getBytes(StandardCharsets.ISO_8859_1));
    ReadResult r = reader.read(List.of(binary, latin1));
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("binary"))
        .anySatisfy(m -> assertThat(m).contains("not valid UTF-8"));
  }

  @Test
  void aMissingPathAndAnEmptyFolderAreProblemsAndOtherFilesAreStillRead() throws IOException {
    Path good = write("good.txt", "A bomb exploded in Kabul on 3 May 2019.\n");
    Path empty = Files.createDirectory(dir.resolve("nothing-here"));
    ReadResult r = reader.read(List.of(dir.resolve("missing.txt"), empty, good));
    assertThat(r.documents()).extracting(d -> d.id()).containsExactly("good");
    assertThat(r.problems())
        .extracting(Problem::message)
        .containsExactly(
            "no such file or folder",
            "the folder holds no text files (.txt, .text, .md or .jsonl)");
    assertThat(r.problems()).allMatch(Problem::fatal);
  }

  @Test
  void jsonLinesGiveOneDocumentPerLineAndAProblemPerMalformedLine() throws IOException {
    Path p =
        write(
            "wire.jsonl",
            "{\"id\":\"a\",\"text\":\"A bomb exploded.\",\"date\":\"2020-01-02\"}\n"
                + "{\"id\": \"b\", \"text\": \n"
                + "{\"id\":\"c\",\"title\":\"No text\"}\n"
                + "{\"docid\":\"TST1\",\"doctext\":\"guerrillas attacked the farm .\"}\n");
    ReadResult r = reader.read(List.of(p));
    assertThat(r.documents()).extracting(d -> d.id()).containsExactly("a", "TST1");
    assertThat(r.documents().get(0).published()).contains(LocalDate.of(2020, 1, 2));
    assertThat(r.problems()).extracting(Problem::docId).containsExactly(p + ":2", p + ":3");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWithItsSize() throws IOException {
    Path big = dir.resolve("big.txt");
    try (var out = Files.newOutputStream(big)) {
      byte[] line =
          "A bomb exploded in Kabul today and killed many people in the market.\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long n = 0; n <= DocumentReader.MAX_BYTES / line.length; n++) {
        out.write(line);
      }
    }
    ReadResult r = reader.read(List.of(big));
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("more than the limit"));
  }
}
