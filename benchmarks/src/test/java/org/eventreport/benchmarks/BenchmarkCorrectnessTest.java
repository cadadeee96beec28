package org.eventreport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eventreport.Event;
import org.eventreport.Report;
import org.eventreport.benchmarks.pojo.PojoReport;
import org.eventreport.benchmarks.pojo.PojoReport.PojoEvent;
import org.eventreport.json.NdjsonReader;
import org.eventreport.json.NdjsonRecord;
import org.eventreport.json.ReportJson;
import org.eventreport.json.ValidatedReport;
import org.eventreport.validation.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

/**
 * Every benchmark method, called once per report of the pool outside JMH: the contenders must agree
 * on what they read and write, or the comparison means nothing.
 */
class BenchmarkCorrectnessTest {
  private static final ReportBenchmarks BENCH = new ReportBenchmarks();
  private static final ReportBenchmarks.Valid VALID = new ReportBenchmarks.Valid();
  private static final ReportBenchmarks.Invalid INVALID = new ReportBenchmarks.Invalid();
  private static final ReportBenchmarks.InvalidField INVALID_FIELD =
      new ReportBenchmarks.InvalidField();
  private static final ReportBenchmarks.Ndjson NDJSON = new ReportBenchmarks.Ndjson();

  @BeforeAll
  static void setUp() throws IOException {
    VALID.setUp();
    INVALID.setUp();
    INVALID_FIELD.setUp();
    NDJSON.setUp();
  }

  @BeforeEach
  void rewind() {
    VALID.next = 0;
    INVALID.next = 0;
    INVALID_FIELD.next = 0;
  }

  @Test
  void poolHasSixtyFourDistinctReportsOfOneToTwoKilobytes() {
    assertThat(VALID.json.length).isEqualTo(Pools.SIZE);
    assertThat(VALID.reports).doesNotHaveDuplicates();
    for (byte[] json : VALID.json) {
      assertThat(json.length).isBetween(1024, 2048);
    }
  }

  @Test
  void poolIsTheSameInEveryRun() {
    assertThat(Pools.bytes(Pools.valid())).isDeepEqualTo(VALID.json);
  }

  @Test
  void everyReadingRowReadsTheSameReports() throws IOException {
    for (int i = 0; i < Pools.SIZE; i++) {
      byte[] json = VALID.json[i];
      int tokens = BENCH.tokenScan(at(i));
      PojoReport pojo = BENCH.pojoRead(at(i));
      JsonNode tree = BENCH.treeRead(at(i));
      Report report = BENCH.read(at(i));
      ValidatedReport validated = BENCH.readValidate(at(i));
      Report wasteful = BENCH.wastefulRead(at(i));
      PojoReport wastefulPojo = BENCH.wastefulPojoRead(at(i));
      assertThat(VALID.next).isEqualTo((i + 1) % Pools.SIZE); // round-robin

      assertThat(report).isEqualTo(VALID.reports[i]);
      assertThat(validated.report()).isEqualTo(report);
      assertThat(wasteful).isEqualTo(report);
      assertThat(tokens).isEqualTo(tokens(tree));
      assertSameShape(pojo, report);
      assertSameShape(wastefulPojo, report);
      assertThat(tree.get("events").size()).isEqualTo(report.events().size());
      assertThat(tree.get("actors").size()).isEqualTo(report.actors().size());
      // Both writers give back the very bytes that were read.
      assertThat(utf8(VALID.pojoWriter.writeValueAsBytes(pojo))).isEqualTo(utf8(json));
      assertThat(utf8(ReportJson.strict().writeBytes(report))).isEqualTo(utf8(json));
    }
  }

  @Test
  void writingRowsWriteTheSameBytes() {
    for (int i = 0; i < Pools.SIZE; i++) {
      byte[] pojo = BENCH.pojoWrite(at(i));
      byte[] ours = BENCH.write(at(i));
      assertThat(utf8(ours)).isEqualTo(utf8(VALID.json[i]));
      assertThat(utf8(pojo)).isEqualTo(utf8(ours));
    }
  }

  @Test
  void validReportsHaveNoViolation() {
    for (int i = 0; i < Pools.SIZE; i++) {
      ValidationResult result = BENCH.validate(at(i));
      assertThat(result.violations()).isEmpty();
      assertThat(BENCH.readValidate(at(i)).validation().violations()).isEmpty();
    }
  }

  @Test
  void invalidReportsHaveExactlyOneViolation() {
    assertThat(INVALID.json.length).isEqualTo(Pools.SIZE);
    for (int i = 0; i < Pools.SIZE; i++) {
      ValidatedReport result = BENCH.readValidateInvalid(INVALID);
      assertThat(result.validation().violations())
          .singleElement()
          .satisfies(v -> assertThat(v.code()).isEqualTo("reference.unresolved"));
      assertThat(result.validation().violations().get(0).message()).contains(Pools.DANGLING_ACTOR);
    }
  }

  @Test
  void fieldInvalidReportsHaveExactlyOneViolation() {
    assertThat(INVALID_FIELD.json.length).isEqualTo(Pools.SIZE);
    for (int i = 0; i < Pools.SIZE; i++) {
      ValidatedReport result = BENCH.readValidateInvalidField(INVALID_FIELD);
      assertThat(result.validation().violations())
          .singleElement()
          .satisfies(v -> assertThat(v.code()).isEqualTo("text.blank"))
          .satisfies(v -> assertThat(v.path()).matches("/actors/\\d+/name"));
    }
  }

  @Test
  void ndjsonBufferHoldsTheValidPoolRepeated() throws IOException {
    List<Report> read = new ArrayList<>();
    try (NdjsonReader reader =
        ReportJson.strict().readNdjson(new ByteArrayInputStream(NDJSON.lines))) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        assertThat(record.error()).isEmpty();
        read.add(record.report().orElseThrow());
      }
    }
    assertThat(read).hasSize(Pools.NDJSON_LINES);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i)).isEqualTo(VALID.reports[i % Pools.SIZE]);
    }
    BENCH.ndjsonRead(NDJSON, blackhole());
  }

  @Test
  void coldStartReadsAReportOfThePool() throws IOException {
    ColdStart cold = new ColdStart();
    cold.setUp();
    assertThat(cold.firstRead()).isIn((Object[]) VALID.reports);
    assertThat(cold.firstPojoRead().id).isEqualTo(VALID.reports[0].id());
    assertThat(cold.firstReadValidate().violations()).isEmpty();
    assertThat(cold.firstReadValidateFieldViolation().violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/actors/0/name"));
    try (InputStream in = ColdStart.class.getResourceAsStream(ColdStart.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(VALID.json[0]);
    }
  }

  private static void assertSameShape(PojoReport pojo, Report report) {
    assertThat(pojo.id).isEqualTo(report.id());
    assertThat(pojo.title).isEqualTo(report.title().orElse(null));
    assertThat(pojo.published).isEqualTo(report.published().toString());
    List<PojoEvent> events = pojo.events == null ? List.of() : pojo.events;
    assertThat(events).hasSize(report.events().size());
    for (int i = 0; i < events.size(); i++) {
      PojoEvent pojoEvent = events.get(i);
      Event event = report.events().get(i);
      assertThat(pojoEvent.id).isEqualTo(event.id());
      assertThat(pojoEvent.category).isEqualTo(event.category());
      assertThat(pojoEvent.participants).hasSize(event.participants().size());
    }
    assertThat(pojo.actors == null ? 0 : pojo.actors.size()).isEqualTo(report.actors().size());
    assertThat(pojo.locations == null ? 0 : pojo.locations.size())
        .isEqualTo(report.locations().size());
    assertThat(pojo.quotes == null ? 0 : pojo.quotes.size()).isEqualTo(report.quotes().size());
  }

  /** The tokens of a tree, as the tokenizer counts them. */
  private static int tokens(JsonNode node) {
    int count = 1;
    if (node.isObject()) {
      for (var entry : node.properties()) {
        count += 1 + tokens(entry.getValue());
      }
      count++;
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        count += tokens(element);
      }
      count++;
    }
    return count;
  }

  /** The valid pool, its next report the {@code i}th. */
  private static ReportBenchmarks.Valid at(int i) {
    VALID.next = i;
    return VALID;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static Blackhole blackhole() {
    return new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is"
            + " dangerous.");
  }
}
