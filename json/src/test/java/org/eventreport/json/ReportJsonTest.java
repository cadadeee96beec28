package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Coding;
import org.eventreport.Coordinates;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.EventStatus;
import org.eventreport.EventTime;
import org.eventreport.JsonNull;
import org.eventreport.Location;
import org.eventreport.LocationKind;
import org.eventreport.LocationPrecision;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.TextSpan;
import org.eventreport.validation.ReportRule;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.Severity;
import org.eventreport.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: every way in and out, its copies, its thread-safety and its canonical output. */
class ReportJsonTest {
  /** A small report: no optional member but the label, one extension on the report and event. */
  private static final Report SMALL =
      Report.builder()
          .id("r1")
          .published(PartialDate.parse("2024-08-01"))
          .language("en")
          .addEvents(
              Event.builder()
                  .id("e1")
                  .category(EventCategory.PROTEST)
                  .label("march")
                  .addParticipants(Participation.of("a1", Role.ORGANIZER))
                  .putExtensions("x_note", "kept")
                  .build())
          .addActors(Actor.builder().id("a1").name("Ansari").kind(ActorKind.PERSON).build())
          .putExtensions("x_source", "wire")
          .build();

  private static final String SMALL_JSON =
      json(
          "{'id':'r1','schemaVersion':'1.0','published':'2024-08-01','language':'en',"
              + "'events':[{'id':'e1','category':'protest','label':'march','status':'occurred',"
              + "'participants':[{'actor':'a1','role':'organizer'}],'x_note':'kept'}],"
              + "'actors':[{'id':'a1','name':'Ansari','kind':'person'}],'x_source':'wire'}");

  private static final String SMALL_PRETTY =
      "{\n"
          + "  \"id\" : \"r1\",\n"
          + "  \"schemaVersion\" : \"1.0\",\n"
          + "  \"published\" : \"2024-08-01\",\n"
          + "  \"language\" : \"en\",\n"
          + "  \"events\" : [ {\n"
          + "    \"id\" : \"e1\",\n"
          + "    \"category\" : \"protest\",\n"
          + "    \"label\" : \"march\",\n"
          + "    \"status\" : \"occurred\",\n"
          + "    \"participants\" : [ {\n"
          + "      \"actor\" : \"a1\",\n"
          + "      \"role\" : \"organizer\"\n"
          + "    } ],\n"
          + "    \"x_note\" : \"kept\"\n"
          + "  } ],\n"
          + "  \"actors\" : [ {\n"
          + "    \"id\" : \"a1\",\n"
          + "    \"name\" : \"Ansari\",\n"
          + "    \"kind\" : \"person\"\n"
          + "  } ],\n"
          + "  \"x_source\" : \"wire\"\n"
          + "}\n";

  private final ReportJson lenient = ReportJson.lenient();

  // ---- reading

  @Test
  void readsFromBytesStringStreamAndFileAlike(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("small.json"), SMALL_JSON.getBytes(StandardCharsets.UTF_8));
    CloseRecordingInputStream in = new CloseRecordingInputStream(SMALL_JSON);

    assertThat(lenient.read(SMALL_JSON.getBytes(StandardCharsets.UTF_8))).isEqualTo(SMALL);
    assertThat(lenient.read(SMALL_JSON)).isEqualTo(SMALL);
    assertThat(lenient.read(in)).isEqualTo(SMALL);
    assertThat(lenient.read(file)).isEqualTo(SMALL);
    assertThat(in.closed).as("stream closed by read").isFalse();
    assertThat(in.read()).as("stream read to its end").isEqualTo(-1);
  }

  @Test
  void readingAStreamLeavesItOpenAlsoWhenTheInputIsBad() {
    CloseRecordingInputStream in = new CloseRecordingInputStream("{\"id\":1}");

    assertThatThrownBy(() -> lenient.read(in)).isInstanceOf(ReportFormatException.class);
    assertThat(in.closed).isFalse();
  }

  @Test
  void readsMembersInAnyOrder() {
    String reversed =
        json(
            "{'x_source':'wire','actors':[{'kind':'person','name':'Ansari','id':'a1'}],"
                + "'events':[{'x_note':'kept','participants':[{'role':'organizer','actor':'a1'}],"
                + "'label':'march','category':'protest','id':'e1'}],"
                + "'language':'en','published':'2024-08-01','id':'r1'}");

    Report report = lenient.read(reversed);

    assertThat(report).isEqualTo(SMALL);
    assertThat(lenient.write(report)).isEqualTo(SMALL_JSON);
  }

  @Test
  void failingStreamPropagatesItsIOExceptionUnwrapped() {
    IOException failure = new IOException("disk on fire");
    InputStream in =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw failure;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw failure;
          }
        };

    assertThatThrownBy(() -> lenient.read(in)).isSameAs(failure);
    assertThatThrownBy(() -> lenient.readAndValidate(in)).isSameAs(failure);
  }

  @Test
  void missingFileIsNoSuchFileException(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    assertThatThrownBy(() -> lenient.read(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(missing.toString());
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> lenient.read((byte[]) null)).hasMessage("json");
    assertThatThrownBy(() -> lenient.read((String) null)).hasMessage("json");
    assertThatThrownBy(() -> lenient.read((InputStream) null)).hasMessage("in");
    assertThatThrownBy(() -> lenient.read((Path) null)).hasMessage("file");
    assertThatThrownBy(() -> lenient.write(null)).hasMessage("report");
    assertThatThrownBy(() -> lenient.write(SMALL, null)).hasMessage("out");
    assertThatThrownBy(() -> lenient.with((JsonLimits) null)).hasMessage("limits");
    assertThatThrownBy(() -> lenient.with((ReportValidator) null)).hasMessage("validator");
  }

  // ---- validating

  @Test
  void readAndValidateReturnsTheReportAndItsViolations(@TempDir Path dir) throws IOException {
    String dangling = SMALL_JSON.replace("\"label\"", "\"location\":\"nowhere\",\"label\"");
    assertThat(dangling).contains("\"location\":\"nowhere\"");
    Path file = Files.writeString(dir.resolve("dangling.json"), dangling);
    Violation unresolved =
        new Violation(
            "/events/0/location",
            "reference.unresolved",
            Severity.ERROR,
            "no location has id \"nowhere\" in /locations");

    List<ValidatedReport> results =
        List.of(
            lenient.readAndValidate(dangling),
            lenient.readAndValidate(dangling.getBytes(StandardCharsets.UTF_8)),
            lenient.readAndValidate(
                new ByteArrayInputStream(dangling.getBytes(StandardCharsets.UTF_8))),
            lenient.readAndValidate(file));

    for (ValidatedReport result : results) {
      assertThat(result.report().events().get(0).location()).contains("nowhere");
      assertThat(result.validation().isValid()).isFalse();
      assertThat(result.validation().violations()).containsExactly(unresolved);
    }
  }

  @Test
  void readAndValidateOfAValidReportFindsNothing() {
    ValidatedReport result = lenient.readAndValidate(SMALL_JSON);

    assertThat(result.report()).isEqualTo(SMALL);
    assertThat(result.validation().violations()).isEmpty();
  }

  @Test
  void readAndValidateUsesTheConfiguredValidator() {
    ReportValidator needsTitle =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "test.title-required",
                    Severity.WARNING,
                    (report, sink) -> {
                      if (report.title().isEmpty()) {
                        sink.add("", "a report needs a title");
                      }
                    }))
            .build();

    ValidatedReport result = lenient.with(needsTitle).readAndValidate(SMALL_JSON);

    assertThat(result.validation().violations())
        .containsExactly(
            new Violation("", "test.title-required", Severity.WARNING, "a report needs a title"));
    assertThat(result.validation().isValid()).isTrue();
  }

  // ---- copies

  @Test
  void strictIsOneSharedStrictInstanceWithDefaults() {
    assertThat(ReportJson.strict()).isSameAs(ReportJson.strict());
    assertThat(ReportJson.strict().isLenient()).isFalse();
    assertThat(ReportJson.strict().limits()).isSameAs(JsonLimits.defaults());
    assertThat(ReportJson.strict().withLenient(false)).isSameAs(ReportJson.strict());
    assertThat(ReportJson.lenient().isLenient()).isTrue();
    assertThat(ReportJson.strict())
        .hasToString(
            "ReportJson{strict, JsonLimits{maxDepth=64, maxStringLength=1000000,"
                + " maxNameLength=1000, maxNumberLength=100, maxDocumentBytes=8388608}}");
  }

  @Test
  void withLenientReturnsANewInstanceAndLeavesTheOriginalStrict() {
    ReportJson strict = ReportJson.strict();

    ReportJson copy = strict.withLenient(true);

    assertThat(copy).isNotSameAs(strict);
    assertThat(copy.isLenient()).isTrue();
    assertThat(copy.limits()).isSameAs(strict.limits());
    assertThat(copy.validator()).isSameAs(strict.validator());
    assertThat(strict.isLenient()).isFalse();
    assertThat(copy.read(SMALL_JSON).extensions()).containsEntry("x_source", "wire");
    assertThatThrownBy(() -> strict.read(SMALL_JSON))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> assertThat(e.problem()).isEqualTo(ReportFormatException.Problem.UNKNOWN_PROPERTY));
  }

  @Test
  void withLimitsReturnsANewInstanceAndLeavesTheOriginalUnchanged() {
    JsonLimits small = JsonLimits.builder().maxDocumentBytes(100).build();
    ReportJson original = ReportJson.lenient();

    ReportJson copy = original.with(small);

    assertThat(copy).isNotSameAs(original);
    assertThat(copy.limits()).isSameAs(small);
    assertThat(copy.isLenient()).isTrue();
    assertThat(original.limits()).isEqualTo(JsonLimits.defaults());
    assertThat(original.read(SMALL_JSON)).isEqualTo(SMALL);
    assertThatThrownBy(() -> copy.read(SMALL_JSON))
        .isInstanceOfSatisfying(
            ReportFormatException.class,
            e -> assertThat(e.problem()).isEqualTo(ReportFormatException.Problem.LIMIT_EXCEEDED));
    assertThat(copy.with(JsonLimits.builder().maxDocumentBytes(100).build())).isSameAs(copy);
  }

  @Test
  void withValidatorReturnsANewInstanceAndLeavesTheOriginalUnchanged() {
    ReportValidator quiet = ReportValidator.builder().disable("reference.unresolved").build();
    ReportJson original = ReportJson.strict();

    ReportJson copy = original.with(quiet);

    assertThat(copy).isNotSameAs(original);
    assertThat(copy.validator()).isSameAs(quiet);
    assertThat(copy.isLenient()).isFalse();
    assertThat(original.validator()).isNotSameAs(quiet);
    assertThat(copy.with(quiet)).isSameAs(copy);
  }

  // ---- writing

  @Test
  void writesTheSameBytesToBytesStringAndStreamWhichIsNotClosed() throws IOException {
    CloseRecordingOutputStream out = new CloseRecordingOutputStream();

    lenient.write(SMALL, out);

    assertThat(lenient.write(SMALL)).isEqualTo(SMALL_JSON);
    assertThat(lenient.writeBytes(SMALL)).isEqualTo(SMALL_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(out.toByteArray()).isEqualTo(SMALL_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(out.closed).isFalse();
  }

  @Test
  void writePrettyIndentsByTwoAndEndsWithExactlyOneNewline() throws IOException {
    CloseRecordingOutputStream out = new CloseRecordingOutputStream();

    lenient.writePretty(SMALL, out);

    assertThat(lenient.writePretty(SMALL)).isEqualTo(SMALL_PRETTY).endsWith("}\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SMALL_PRETTY);
    assertThat(out.closed).isFalse();
    assertThat(lenient.read(SMALL_PRETTY)).isEqualTo(SMALL);
  }

  /**
   * Jackson's default pretty printer ends lines with the platform's separator; ReportJson's must
   * not, or a file written on Windows would differ. Checked in a JVM whose separator is CRLF.
   */
  @Test
  void writePrettyEndsLinesWithNewlineWhateverThePlatformSeparator() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Dline.separator=\r\n",
                "-cp",
                System.getProperty("java.class.path"),
                PrettyOnCrlfPlatform.class.getName())
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new String(output, StandardCharsets.UTF_8)).isEqualTo(SMALL_PRETTY);
    assertThat(process.exitValue()).isZero();
  }

  /** Prints {@link #SMALL} pretty, raw, in a JVM of its own. */
  static final class PrettyOnCrlfPlatform {
    private PrettyOnCrlfPlatform() {}

    public static void main(String[] args) throws IOException {
      if (!System.lineSeparator().equals("\r\n")) {
        throw new IllegalStateException("expected a CRLF platform");
      }
      ReportJson.lenient().writePretty(SMALL, System.out);
      System.out.flush();
    }
  }

  @Test
  void failingOutputStreamPropagatesItsIOExceptionUnwrapped() {
    IOException failure = new IOException("disk full");
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw failure;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw failure;
          }
        };

    assertThatThrownBy(() -> lenient.write(SMALL, out)).isSameAs(failure);
    assertThatThrownBy(() -> lenient.writePretty(SMALL, out)).isSameAs(failure);
  }

  @Test
  void canonicalOutputOmitsAbsentOptionalsAndEmptyListsButAlwaysWritesVersionAndStatus() {
    Report minimal =
        Report.builder()
            .id("r")
            .published(PartialDate.parse("2024"))
            .language("en")
            .addEvents(Event.builder().id("e").category(EventCategory.AGREE).build())
            .build();

    assertThat(lenient.write(minimal))
        .isEqualTo(
            json(
                "{'id':'r','schemaVersion':'1.0','published':'2024','language':'en',"
                    + "'events':[{'id':'e','category':'agree','status':'occurred'}]}"));
    assertThat(
            lenient.write(
                lenient.read("{\"id\":\"r\",\"published\":\"2024\",\"language\":\"en\"}")))
        .isEqualTo(
            "{\"id\":\"r\",\"schemaVersion\":\"1.0\",\"published\":\"2024\",\"language\":\"en\"}");
  }

  @Test
  void canonicalOutputHasEveryMemberInTheFormatsOrderAndExtensionsLast() {
    Report full = everyMember();

    assertThat(lenient.write(full))
        .isEqualTo(
            json(
                "{'id':'r1','schemaVersion':'1.0','title':'Rally','publisher':'Daily',"
                    + "'url':'https://news.example/1','published':'2024-08-01','language':'en',"
                    + "'body':'Thousands rallied.',"
                    + "'events':[{'id':'e1','category':'protest','mode':'demo','label':'rally',"
                    + "'summary':'A rally.','status':'planned',"
                    + "'time':{'start':'2024-08','end':'2024-09','x':1},"
                    + "'location':'l1','participants':[{'actor':'a1','role':'leader','x':2}],"
                    + "'size':{'low':10,'high':20,'best':15,'reported':['dozens'],'x':3},"
                    + "'fatalities':{'low':0},'injuries':{'best':1},'arrests':{'high':2},"
                    + "'claims':['justice'],"
                    + "'relations':[{'type':'part_of','event':'e0','x':4}],"
                    + "'evidence':[{'start':0,'end':9,'x':5}],"
                    + "'codings':[{'scheme':'acled','code':'6','version':'2','x':6}],'x':7}],"
                    + "'actors':[{'id':'a1','name':'Ansari','kind':'person','aliases':['IA'],"
                    + "'titles':['head'],'affiliations':['a0'],'country':'IN',"
                    + "'religion':'Shia Islam','wikidata':'Q42','x':8}],"
                    + "'locations':[{'id':'l1','name':'Kargil','kind':'district','country':'IN',"
                    + "'admin1':'Ladakh','admin2':'Kargil','locality':'Kargil town',"
                    + "'coordinates':{'latitude':34.5,'longitude':-76.25,'x':9},"
                    + "'precision':'exact','geonamesId':1234567,'x':10}],"
                    + "'quotes':[{'id':'q1','text':'Thousands','kind':'direct','speaker':'a1',"
                    + "'verb':'said','event':'e1','span':{'start':0,'end':9},'variantOf':'q0',"
                    + "'x':11}],"
                    + "'x':{'b':[1,2.50,null,true,'s',18446744073709551616],'a':{}}}"));
    assertThat(lenient.read(lenient.write(full))).isEqualTo(full);
  }

  // ---- threads

  @Test
  void oneInstanceReadsAndWritesOnEightThreadsAlike() throws Exception {
    List<Report> reports = new ArrayList<>();
    List<byte[]> written = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Report report = RandomReports.typical(new SplittableRandom(0x7EAD_0000L + i));
      reports.add(report);
      written.add(lenient.writeBytes(report));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  int checked = 0;
                  for (int i = 0; i < 500; i++) {
                    int k = (i + offset * 7) % reports.size();
                    Report read = lenient.read(written.get(k));
                    if (!read.equals(reports.get(k))
                        || !Arrays.equals(lenient.writeBytes(read), written.get(k))) {
                      throw new AssertionError("thread " + offset + ", iteration " + i);
                    }
                    checked++;
                  }
                  return checked;
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(500);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static Report everyMember() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put(
        "b",
        Arrays.asList(
            1, new BigDecimal("2.50"), JsonNull.INSTANCE, true, "s", BigInteger.ONE.shiftLeft(64)));
    nested.put("a", Map.of());
    return Report.builder()
        .id("r1")
        .title("Rally")
        .publisher("Daily")
        .url("https://news.example/1")
        .published(PartialDate.parse("2024-08-01"))
        .language("en")
        .body("Thousands rallied.")
        .addEvents(
            Event.builder()
                .id("e1")
                .category(EventCategory.PROTEST)
                .mode(EventMode.DEMO)
                .label("rally")
                .summary("A rally.")
                .status(EventStatus.PLANNED)
                .time(
                    EventTime.builder()
                        .start(PartialDate.parse("2024-08"))
                        .end(PartialDate.parse("2024-09"))
                        .putExtensions("x", 1)
                        .build())
                .location("l1")
                .addParticipants(
                    Participation.builder()
                        .actor("a1")
                        .role(Role.LEADER)
                        .putExtensions("x", 2)
                        .build())
                .size(
                    Count.builder()
                        .low(10)
                        .high(20)
                        .best(15)
                        .addReported("dozens")
                        .putExtensions("x", 3)
                        .build())
                .fatalities(Count.builder().low(0).build())
                .injuries(Count.builder().best(1).build())
                .arrests(Count.builder().high(2).build())
                .addClaims("justice")
                .addRelations(
                    EventRelation.builder()
                        .type(RelationType.PART_OF)
                        .event("e0")
                        .putExtensions("x", 4)
                        .build())
                .addEvidence(TextSpan.builder().start(0).end(9).putExtensions("x", 5).build())
                .addCodings(
                    Coding.builder()
                        .scheme("acled")
                        .code("6")
                        .version("2")
                        .putExtensions("x", 6)
                        .build())
                .putExtensions("x", 7)
                .build())
        .addActors(
            Actor.builder()
                .id("a1")
                .name("Ansari")
                .kind(ActorKind.PERSON)
                .addAliases("IA")
                .addTitles("head")
                .addAffiliations("a0")
                .country("IN")
                .religion("Shia Islam")
                .wikidata("Q42")
                .putExtensions("x", 8)
                .build())
        .addLocations(
            Location.builder()
                .id("l1")
                .name("Kargil")
                .kind(LocationKind.DISTRICT)
                .country("IN")
                .admin1("Ladakh")
                .admin2("Kargil")
                .locality("Kargil town")
                .coordinates(
                    Coordinates.builder()
                        .latitude(34.5)
                        .longitude(-76.25)
                        .putExtensions("x", 9)
                        .build())
                .precision(LocationPrecision.EXACT)
                .geonamesId(1234567)
                .putExtensions("x", 10)
                .build())
        .addQuotes(
            Quote.builder()
                .id("q1")
                .text("Thousands")
                .kind(QuoteKind.DIRECT)
                .speaker("a1")
                .verb("said")
                .event("e1")
                .span(TextSpan.of(0, 9))
                .variantOf("q0")
                .putExtensions("x", 11)
                .build())
        .putExtensions("x", nested)
        .build();
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
