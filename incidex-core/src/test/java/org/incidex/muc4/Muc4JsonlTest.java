package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.incidex.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Muc4JsonlTest {
  private static final String GOOD =
      "{\"docid\": \"D-1\", \"doctext\": \"guerrillas bombed the bank.\", \"templates\":"
          + " [{\"incident_type\": \"bombing / attack\", \"PerpInd\": [[\"guerrillas\"]],"
          + " \"PerpOrg\": [], \"Target\": [[\"the bank\", \"bank\"]], \"Victim\": [],"
          + " \"Weapon\": []}]}";

  private final Muc4Jsonl jsonl = new Muc4Jsonl();

  @Test
  void readsADocumentWithItsKey() {
    Muc4Read read = jsonl.read("f.jsonl", GOOD + "\n");
    assertThat(read.problems()).isEmpty();
    Muc4Document d = read.documents().get(0);
    assertThat(d.docid()).isEqualTo("D-1");
    Template t = d.templates().get(0);
    assertThat(t.types()).containsExactly(Muc4Type.BOMBING, Muc4Type.ATTACK);
    assertThat(t.fillers(Slot.TARGET)).containsExactly(new Filler(List.of("the bank", "bank")));
    assertThat(t.fillers(Slot.VICTIM)).isEmpty();
  }

  @Test
  void readsInputWithoutKeys() {
    Muc4Read read = jsonl.read("f.jsonl", "{\"docid\": \"D-2\", \"doctext\": \"no key\"}\n\n");
    assertThat(read.documents())
        .singleElement()
        .extracting(Muc4Document::templates)
        .isEqualTo(List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          not JSON | {"docid": "D-9", | not valid JSON
          not an object | ["D-9"] | expected a JSON object
          no docid | {"doctext": "text"} | missing or non-string "docid"
          no text | {"docid": "D-9"} | D-9 has no string "doctext"
          templates not a list | {"docid": "D-9", "doctext": "t", "templates": 3} | "templates" must be a list
          an unknown incident type | {"docid": "D-9", "doctext": "t", "templates": [{"incident_type": "riot"}]} | "riot" is not a MUC-4 type
          a mention not a string | {"docid": "D-9", "doctext": "t", "templates": [{"incident_type": "attack", "Victim": [[3]]}]} | a mention must be a string
          the same docid twice | {"docid": "D-1", "doctext": "again"} | docid D-1 appears twice
          """)
  void aMalformedLineIsOneProblemAndTheOthersAreRead(String rule, String bad, String message) {
    Muc4Read read = jsonl.read("f.jsonl", GOOD + "\n" + bad + "\n");
    assertThat(read.documents()).as(rule).extracting(Muc4Document::docid).containsExactly("D-1");
    assertThat(read.problems()).as(rule).hasSize(1);
    Problem p = read.problems().get(0);
    assertThat(p.toString())
        .as(rule)
        .startsWith("f.jsonl:2: ")
        .contains(message)
        .doesNotContain("\n");
  }

  @Test
  void writesTheKeysShape() throws Exception {
    Muc4Document d = jsonl.read("f.jsonl", GOOD).documents().get(0);
    Template t =
        Template.of(
            Muc4Type.BOMBING,
            Map.of(Slot.WEAPON, List.of(), Slot.TARGET, List.of(Filler.of("bank"))));
    StringWriter out = new StringWriter();
    jsonl.write(List.of(new Muc4Answer(d, List.of(t))), out);
    JsonNode line = new ObjectMapper().readTree(out.toString());
    assertThat(line.get("docid").asText()).isEqualTo("D-1");
    JsonNode written = line.get("templates").get(0);
    assertThat(written.get("incident_type").asText()).isEqualTo("bombing");
    assertThat(written.fieldNames())
        .toIterable()
        .containsExactly("incident_type", "PerpInd", "PerpOrg", "Target", "Victim", "Weapon");
    assertThat(written.get("Target").toString()).isEqualTo("[[\"bank\"]]");
    assertThat(out.toString()).endsWith("\n").hasLineCount(1);
  }

  @Test
  void whatWeWriteReadsBackAsWritten() throws Exception {
    Muc4Document d = jsonl.read("f.jsonl", GOOD).documents().get(0);
    StringWriter out = new StringWriter();
    jsonl.write(List.of(new Muc4Answer(d, d.templates())), out);
    String withText =
        out.toString()
            .replace(
                "{\"docid\":\"D-1\",",
                "{\"docid\":\"D-1\",\"doctext\":\"guerrillas bombed the bank.\",");
    assertThat(jsonl.read("g", withText).documents().get(0).templates()).isEqualTo(d.templates());
  }

  @Test
  void anAnswerMayOnlyQuoteItsText() {
    Muc4Document d = jsonl.read("f.jsonl", GOOD).documents().get(0);
    Template t = Template.of(Muc4Type.ATTACK, Map.of(Slot.VICTIM, List.of(Filler.of("the mayor"))));
    assertThatThrownBy(() -> new Muc4Answer(d, List.of(t)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"the mayor\" is not a substring");
  }

  @Test
  void emptyInputHasNoDocumentsAndNoProblems() {
    Muc4Read read = jsonl.read("f.jsonl", "\n  \n");
    assertThat(read.documents()).isEmpty();
    assertThat(read.problems()).isEmpty();
  }
}
