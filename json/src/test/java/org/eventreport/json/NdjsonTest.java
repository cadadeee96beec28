package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventreport.Report;
import org.eventreport.json.ReportFormatException.Problem;
import org.eventreport.validation.ReportRule;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.Severity;
import org.eventreport.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NDJSON: one report per line, read in constant memory, a bad line not stopping the stream. */
class NdjsonTest {
  private static final String R1 = report("r1");
  private static final String R2 = report("r2");
  private static final String R3 = report("r3");

  private final ReportJson json = ReportJson.strict();

  @Test
  void recordsCarryTheirOneBasedLineNumbers() {
    List<NdjsonRecord> records = readAll(json, R1 + "\n" + R2 + "\n" + R3 + "\n");

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(records).allMatch(NdjsonRecord::isOk);
    assertThat(records)
        .extracting(r -> r.report().orElseThrow().id())
        .containsExactly("r1", "r2", "r3");
    assertThat(records).allSatisfy(r -> assertThat(r.error()).isEmpty());
  }

  @Test
  void blankAndWhitespaceOnlyLinesAreSkippedButCounted() {
    List<NdjsonRecord> records =
        readAll(json, "\n" + R1 + "\n\n  \t \n\r\n" + R2 + "\n \r\n\n" + R3 + "\n\n");

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(2L, 6L, 9L);
    assertThat(records).allMatch(NdjsonRecord::isOk);
  }

  @Test
  void crlfLineEndingsAreReadLikeLf() {
    List<NdjsonRecord> records = readAll(json, R1 + "\r\n" + R2 + "\r\n");

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L);
    assertThat(records).allMatch(NdjsonRecord::isOk);
  }

  @Test
  void lastLineWithoutNewlineIsRead() {
    List<NdjsonRecord> records = readAll(json, R1 + "\n" + R2);

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L);
    assertThat(records.get(1).report().orElseThrow().id()).isEqualTo("r2");
  }

  @Test
  void emptyAndBlankStreamsHaveNoRecords() {
    assertThat(readAll(json, "")).isEmpty();
    assertThat(readAll(json, "\n \n\r\n\t")).isEmpty();
  }

  @Test
  void badLineDoesNotStopTheStreamAndItsErrorHasTheStreamsLine() {
    String unknown = R2.replace("{\"id\"", "{\"x_extra\":1,\"id\"");

    List<NdjsonRecord> records = readAll(json, R1 + "\n\n" + unknown + "\n" + R3 + "\n");

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 3L, 4L);
    assertThat(records).extracting(NdjsonRecord::isOk).containsExactly(true, false, true);
    NdjsonRecord bad = records.get(1);
    assertThat(bad.report()).isEmpty();
    assertThat(bad.validation()).isEmpty();
    ReportFormatException error = bad.error().orElseThrow();
    assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(error.pointer()).isEqualTo("/x_extra");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(2);
    assertThat(error)
        .hasMessage("/x_extra: unknown property \"x_extra\" of Report (line 3, column 2)");
    assertThat(bad).hasToString("line 3: " + error);
    assertThat(records.get(2)).hasToString("line 4: report r3");
  }

  @Test
  void everyKindOfBadLineIsOneErrorRecord() {
    String stream =
        String.join(
            "\n", R1, R1.substring(0, 20), "[]", R1 + " {}", R1 + R2, "{\"id\":1}", "nonsense", R3);

    List<NdjsonRecord> records = readAll(json, stream);

    assertThat(records)
        .extracting(NdjsonRecord::lineNumber)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(records)
        .extracting(r -> r.error().map(ReportFormatException::problem).orElse(null))
        .containsExactly(
            null,
            Problem.MALFORMED_JSON,
            Problem.NOT_A_REPORT,
            Problem.TRAILING_CONTENT,
            Problem.TRAILING_CONTENT,
            Problem.WRONG_TYPE,
            Problem.MALFORMED_JSON,
            null);
    assertThat(records.get(4).error().orElseThrow())
        .hasMessage(
            "(root): more content after the first JSON value (line 5, column "
                + (R1.length() + 1)
                + ")");
  }

  @Test
  void oversizedLineIsOneLimitErrorAndReadingGoesOnAtTheNextLine() {
    ReportJson small = json.with(JsonLimits.builder().maxDocumentBytes(R1.length()).build());
    String tooLong = R2.replace("\"r2\"", "\"r22\"");

    List<NdjsonRecord> records = readAll(small, R1 + "\n" + tooLong + "\n" + R3 + "\n");

    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(records).extracting(NdjsonRecord::isOk).containsExactly(true, false, true);
    assertOversized(records.get(1), 2, R1.length());
    assertThat(records.get(1).error().orElseThrow())
        .hasMessage("(root): line is longer than the limit (74 bytes) (line 2)");
  }

  @Test
  void lineFarLongerThanTheBufferIsSkippedWithoutKeepingIt() {
    ReportJson small = json.with(JsonLimits.builder().maxDocumentBytes(1_000).build());
    String huge = "{\"id\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

    List<NdjsonRecord> records =
        readAll(small, R1 + "\n" + huge + "\r\n" + R2 + "\n" + huge + "\n\n" + R3 + "\n" + huge);

    assertThat(records)
        .extracting(NdjsonRecord::lineNumber)
        .containsExactly(1L, 2L, 3L, 4L, 6L, 7L);
    assertThat(records)
        .extracting(NdjsonRecord::isOk)
        .containsExactly(true, false, true, false, true, false);
    assertOversized(records.get(1), 2, 1_000);
    assertOversized(records.get(3), 4, 1_000);
    assertOversized(records.get(5), 7, 1_000);
  }

  @Test
  void trickledStreamGivesTheSameRecordsIncludingAtTheLimit() {
    // A line of exactly the limit is accepted, also when its \r\n is split across reads.
    ReportJson exact = json.with(JsonLimits.builder().maxDocumentBytes(R1.length()).build());
    String text = R1 + "\r\n" + R2 + "\r\n\r\n" + R3.replace("\"r3\"", "\"r33\"") + "\r\n" + R3;

    List<NdjsonRecord> whole = readAll(exact, text);
    List<NdjsonRecord> trickled = new ArrayList<>();
    try (NdjsonReader reader = exact.readNdjson(new TricklingInputStream(bytes(text)))) {
      reader.forEachRemaining(trickled::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(whole)
        .extracting(NdjsonRecord::toString)
        .containsExactly(
            "line 1: report r1",
            "line 2: report r2",
            "line 4: " + oversizedError(4, R1.length()),
            "line 5: report r3");
    assertThat(trickled)
        .extracting(NdjsonRecord::toString)
        .containsExactlyElementsOf(whole.stream().map(NdjsonRecord::toString).toList());
  }

  @Test
  void writerWritesOneCompactLinePerReportAndTheReaderReadsThemBack() throws IOException {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      reports.add(RandomReports.report(new SplittableRandom(0x9D_0000L + i)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = json.writeNdjson(out)) {
      for (Report report : reports) {
        assertThat(writer.write(report)).isSameAs(writer);
      }
    }
    byte[] written = out.toByteArray();

    List<NdjsonRecord> records = readAll(json, new String(written, StandardCharsets.UTF_8));

    assertThat(count(written, (byte) '\n')).isEqualTo(1_000);
    assertThat(written[written.length - 1]).isEqualTo((byte) '\n');
    assertThat(records).hasSize(1_000).allMatch(NdjsonRecord::isOk);
    for (int i = 0; i < reports.size(); i++) {
      assertThat(records.get(i).lineNumber()).isEqualTo(i + 1L);
      assertThat(records.get(i).report()).contains(reports.get(i));
    }
    assertThat(new String(written, StandardCharsets.UTF_8).split("\n", -1)[0])
        .isEqualTo(json.write(reports.get(0)));
  }

  @Test
  void writerFlushesOnlyWhenAskedAndWhenClosed() throws IOException {
    CloseRecordingOutputStream out = new CloseRecordingOutputStream();
    NdjsonWriter writer = json.writeNdjson(out);

    writer.write(json.read(R1)).write(json.read(R2));
    writer.flush();
    assertThat(out.flushes).isEqualTo(1);
    assertThat(out.closed).isFalse();
    writer.close();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(R1 + "\n" + R2 + "\n");
    assertThat(out.flushes).isEqualTo(2);
    assertThat(out.closed).isTrue();
  }

  @Test
  void validationIsLeftToTheFirstCallAndKept() {
    AtomicInteger calls = new AtomicInteger();
    ReportValidator counting =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "test.counted",
                    Severity.WARNING,
                    (report, sink) -> {
                      calls.incrementAndGet();
                      sink.add("", "counted");
                    }))
            .build();
    NdjsonReader reader = json.with(counting).readNdjson(stream(R1 + "\n[]\n"));

    NdjsonRecord ok = reader.next();
    NdjsonRecord bad = reader.next();
    assertThat(calls).hasValue(0);

    Optional<ValidationResult> first = ok.validation();
    Optional<ValidationResult> second = ok.validation();

    assertThat(calls).hasValue(1);
    assertThat(first.orElseThrow()).isSameAs(second.orElseThrow());
    assertThat(first.orElseThrow().warnings()).hasSize(1);
    assertThat(bad.validation()).isEmpty();
    assertThat(calls).hasValue(1);
  }

  @Test
  void closingTheStreamClosesTheReaderAndItsInput() {
    CloseRecordingInputStream in = new CloseRecordingInputStream(bytes(R1 + "\n" + R2 + "\n"));

    List<String> ids;
    try (Stream<NdjsonRecord> records = json.readNdjson(in).stream()) {
      ids = records.map(r -> r.report().orElseThrow().id()).collect(Collectors.toList());
      assertThat(in.closed).isFalse();
    }

    assertThat(ids).containsExactly("r1", "r2");
    assertThat(in.closed).isTrue();
  }

  @Test
  void closingTheReaderClosesItsInput() throws IOException {
    CloseRecordingInputStream in = new CloseRecordingInputStream(bytes(R1));
    NdjsonReader reader = json.readNdjson(in);

    reader.close();

    assertThat(in.closed).isTrue();
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("reports.ndjson"), R1 + "\n" + R2 + "\n");

    try (NdjsonReader reader = json.readNdjson(file)) {
      assertThat(reader.next().report().orElseThrow().id()).isEqualTo("r1");
      assertThat(reader.next().report().orElseThrow().id()).isEqualTo("r2");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void hasNextIsIdempotentAndNextPastTheEndThrows() {
    NdjsonReader reader = json.readNdjson(stream(R1 + "\n\n" + R2 + "\n"));

    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.next().lineNumber()).isEqualTo(1);
    assertThat(reader.next().lineNumber()).isEqualTo(3);
    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.hasNext()).isFalse();
    assertThatThrownBy(reader::next)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no more lines");
  }

  @Test
  void failingInputIsAnUncheckedIOExceptionWithTheCause() {
    IOException failure = new IOException("network down");
    InputStream in =
        new InputStream() {
          private int calls;

          @Override
          public int read() throws IOException {
            throw failure;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (calls++ > 0) {
              throw failure;
            }
            byte[] line = bytes(R1 + "\n");
            System.arraycopy(line, 0, b, off, line.length);
            return line.length;
          }
        };
    NdjsonReader reader = json.readNdjson(in);

    assertThat(reader.next().isOk()).isTrue();
    assertThatThrownBy(reader::hasNext).isInstanceOf(UncheckedIOException.class).hasCause(failure);
  }

  /**
   * A stream of 100,000 typical reports with every 100th line corrupt, in one of four ways, read in
   * one pass: the good lines are the reports written, each bad line is one error on its line.
   */
  @Test
  void hundredThousandLinesWithOnePercentCorruptGiveExactlyTheirReportsAndErrors() {
    int lines = 100_000;
    List<Report> pool = new ArrayList<>();
    List<byte[]> poolLines = new ArrayList<>();
    for (int i = 0; i < 997; i++) {
      Report report = RandomReports.typical(new SplittableRandom(0xC0_22_0000L + i));
      pool.add(report);
      poolLines.add(bytes(json.write(report) + "\n"));
    }
    InputStream in =
        new GeneratedLines(
            lines,
            n -> {
              byte[] line = poolLines.get((n - 1) % pool.size());
              return n % 100 == 0 ? corrupt(line, n / 100 % 4) : line;
            });

    int reports = 0;
    int errors = 0;
    List<String> wrong = new ArrayList<>();
    try (NdjsonReader reader = json.readNdjson(in)) {
      long line = 0;
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        line++;
        // Plain checks in the loop, collected; one assertion at the end keeps this quick.
        if (record.lineNumber() != line) {
          wrong.add("record " + line + " has line number " + record.lineNumber());
        } else if (line % 100 == 0) {
          errors++;
          Problem expected = CORRUPTIONS[(int) (line / 100 % 4)];
          ReportFormatException error = record.error().orElse(null);
          if (error == null || error.line() != line || error.problem() != expected) {
            wrong.add("line " + line + ": expected " + expected + ", got " + record);
          }
        } else {
          reports++;
          Report expected = pool.get((int) ((line - 1) % pool.size()));
          Report read = record.report().orElse(null);
          // Ids are unique in the pool; whole reports are compared on a sample.
          if (read == null
              || !read.id().equals(expected.id())
              || (line % 97 == 0 && !read.equals(expected))) {
            wrong.add("line " + line + ": expected report " + expected.id() + ", got " + record);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(wrong).isEmpty();
    assertThat(reports).isEqualTo(99_000);
    assertThat(errors).isEqualTo(1_000);
  }

  private static final Problem[] CORRUPTIONS = {
    Problem.MALFORMED_JSON, Problem.UNKNOWN_PROPERTY, Problem.TRAILING_CONTENT, Problem.NOT_A_REPORT
  };

  /** Line {@code line} (ending in \n) corrupted in way {@code kind}, giving CORRUPTIONS[kind]. */
  private static byte[] corrupt(byte[] line, int kind) {
    String text = new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
    String bad =
        switch (kind) {
          case 0 -> text.substring(0, text.length() / 2); // cut: malformed
          case 1 -> "{\"x_corrupt\":true," + text.substring(1);
          case 2 -> text + " {}";
          default -> "null";
        };
    return bytes(bad + "\n");
  }

  /** The bytes of lines 1 to {@code count}, each made when it is reached. */
  private static final class GeneratedLines extends InputStream {
    private final int count;
    private final java.util.function.IntFunction<byte[]> line;
    private int next = 1;
    private byte[] current = new byte[0];
    private int position;

    GeneratedLines(int count, java.util.function.IntFunction<byte[]> line) {
      this.count = count;
      this.line = line;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int copied = 0;
      while (copied < len) {
        if (position == current.length) {
          if (next > count) {
            break;
          }
          current = line.apply(next++);
          position = 0;
        }
        int n = Math.min(len - copied, current.length - position);
        System.arraycopy(current, position, b, off + copied, n);
        position += n;
        copied += n;
      }
      return copied == 0 && len > 0 ? -1 : copied;
    }
  }

  private static void assertOversized(NdjsonRecord record, long line, long limit) {
    assertThat(record.report()).isEmpty();
    ReportFormatException error = record.error().orElseThrow();
    assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(error.pointer()).isEmpty();
    assertThat(error.line()).isEqualTo(line);
    assertThat(error.column()).isEqualTo(-1);
    assertThat(error).hasMessage(oversizedError(line, limit).getMessage());
  }

  private static ReportFormatException oversizedError(long line, long limit) {
    return new ReportFormatException(
        Problem.LIMIT_EXCEEDED,
        "",
        "line is longer than the limit (" + limit + " bytes)",
        line,
        -1);
  }

  private static List<NdjsonRecord> readAll(ReportJson json, String text) {
    List<NdjsonRecord> records = new ArrayList<>();
    try (NdjsonReader reader = json.readNdjson(stream(text))) {
      reader.forEachRemaining(records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static String report(String id) {
    return "{\"id\":\""
        + id
        + "\",\"schemaVersion\":\"1.0\",\"published\":\"2024-08-01\","
        + "\"language\":\"en\"}";
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(bytes(text));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static long count(byte[] bytes, byte b) {
    long n = 0;
    for (byte x : bytes) {
      n += x == b ? 1 : 0;
    }
    return n;
  }

  /** Gives at most one byte per read: every line boundary falls between two reads somewhere. */
  private static final class TricklingInputStream extends ByteArrayInputStream {
    TricklingInputStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, 1));
    }
  }
}
