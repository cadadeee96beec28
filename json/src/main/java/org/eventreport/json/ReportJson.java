package org.eventreport.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.eventreport.Report;
import org.eventreport.json.ReportFormatException.Problem;
import org.eventreport.json.internal.Mappers;
import org.eventreport.json.internal.ReadOptions;
import org.eventreport.json.internal.Reading;
import org.eventreport.validation.ReportValidator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes reports as JSON: the one entry point of this module. Immutable and thread-safe;
 * build one and share it. Its Jackson mapper and writers are made once, when it is created.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.strict();
 * Report report = json.read(Path.of("report.json"));      // ReportFormatException if bad
 * String text = json.writePretty(report);
 * ValidatedReport checked = json.readAndValidate(bytes);  // the report and its violations
 * }</pre>
 *
 * <p>Strict reading (the default) refuses unknown members; {@link #lenient()} keeps them in the
 * model's {@code extensions} and writes them back. Both refuse everything else that is not the
 * format: duplicate members, a string for a number, a float for an integer, a number for an enum,
 * {@code null}, trailing content. Output is canonical: the same report always gives the same bytes.
 */
public final class ReportJson {
  private static final ReportJson STRICT =
      new ReportJson(false, JsonLimits.defaults(), ReportValidator.create());

  private final boolean lenient;
  private final JsonLimits limits;
  private final ReportValidator validator;
  private final JsonMapper mapper;
  private final ReadOptions options;
  private final ObjectWriter compact;
  private final ObjectWriter pretty;
  private final ObjectWriter line;

  private ReportJson(boolean lenient, JsonLimits limits, ReportValidator validator) {
    this.lenient = lenient;
    this.limits = limits;
    this.validator = validator;
    this.mapper = Mappers.create(limits, lenient);
    this.options = Mappers.options(limits, lenient);
    this.compact = mapper.writerFor(Report.class);
    // Jackson's default indenter ends lines with the platform's line separator; canonical output
    // ends them with "\n" everywhere, so that a file written on Windows is the same file.
    this.pretty =
        compact.with(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    // Jackson flushes the stream after each value and when it closes its generator; NDJSON leaves
    // flushing to its writer's owner, so that a buffered stream is written in blocks, not lines.
    this.line =
        compact
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);
  }

  /** Strict reading, default limits, the default validator. */
  public static ReportJson strict() {
    return STRICT;
  }

  /** Lenient reading (unknown members kept), default limits, the default validator. */
  public static ReportJson lenient() {
    return STRICT.withLenient(true);
  }

  /** A copy that reads leniently ({@code true}) or strictly ({@code false}). */
  public ReportJson withLenient(boolean lenient) {
    return lenient == this.lenient ? this : new ReportJson(lenient, limits, validator);
  }

  /** A copy with other limits. */
  public ReportJson with(JsonLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return limits.equals(this.limits) ? this : new ReportJson(lenient, limits, validator);
  }

  /** A copy that validates with {@code validator} in {@code readAndValidate} and NDJSON. */
  public ReportJson with(ReportValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return validator == this.validator ? this : new ReportJson(lenient, limits, validator);
  }

  /** Whether unknown members are kept (lenient) rather than refused (strict). */
  public boolean isLenient() {
    return lenient;
  }

  /** The limits reads enforce. */
  public JsonLimits limits() {
    return limits;
  }

  /** The validator of {@code readAndValidate} and NDJSON records. */
  public ReportValidator validator() {
    return validator;
  }

  /**
   * Reads a report from UTF-8 JSON.
   *
   * @throws ReportFormatException if {@code json} is not one report in the format
   */
  public Report read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(json, 0, json.length);
  }

  /** Reads a report from JSON text; see {@link #read(byte[])}. */
  public Report read(String json) {
    Objects.requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a report from a stream of UTF-8 JSON, up to its end; the stream is not closed.
   *
   * @throws IOException if reading the stream fails
   * @throws ReportFormatException if the content is not one report in the format
   */
  public Report read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    long max = limits.maxDocumentBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw tooLarge();
    }
    return read(bytes, 0, bytes.length);
  }

  /** Reads a report from a UTF-8 JSON file; see {@link #read(InputStream)}. */
  public Report read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a report and validates it; see {@link #read(byte[])}. */
  public ValidatedReport readAndValidate(byte[] json) {
    return validated(read(json));
  }

  /** Reads a report and validates it; see {@link #read(String)}. */
  public ValidatedReport readAndValidate(String json) {
    return validated(read(json));
  }

  /** Reads a report and validates it; see {@link #read(InputStream)}. */
  public ValidatedReport readAndValidate(InputStream in) throws IOException {
    return validated(read(in));
  }

  /** Reads a report and validates it; see {@link #read(Path)}. */
  public ValidatedReport readAndValidate(Path file) throws IOException {
    return validated(read(file));
  }

  private ValidatedReport validated(Report report) {
    return new ValidatedReport(report, validator.validate(report));
  }

  /** Reads {@code length} bytes of {@code json} from {@code offset}: one NDJSON line, say. */
  Report read(byte[] json, int offset, int length) {
    if (length > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    if (looksLikeUtf16Or32(json, offset, length)) {
      throw new ReportFormatException(
          Problem.MALFORMED_JSON, "", "input is not UTF-8 (it looks like UTF-16 or UTF-32)", 1, 1);
    }
    try (JsonParser parser = mapper.createParser(json, offset, length)) {
      return Reading.report(parser, options);
    }
  }

  /**
   * Jackson would detect UTF-16 and UTF-32 and read them; RFC 8259 asks for UTF-8. JSON text in
   * UTF-8 has no NUL byte in its first two bytes, and no UTF-16 byte-order mark.
   */
  private static boolean looksLikeUtf16Or32(byte[] json, int offset, int length) {
    if (length < 2) {
      return false;
    }
    int b0 = json[offset] & 0xff;
    int b1 = json[offset + 1] & 0xff;
    return b0 == 0 || b1 == 0 || (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe);
  }

  private ReportFormatException tooLarge() {
    return new ReportFormatException(
        Problem.LIMIT_EXCEEDED,
        "",
        "document is larger than the limit (" + limits.maxDocumentBytes() + " bytes)",
        -1,
        -1);
  }

  /** The report as compact JSON text, in the canonical form. */
  public String write(Report report) {
    return new String(writeBytes(report), StandardCharsets.UTF_8);
  }

  /** The report as compact UTF-8 JSON, in the canonical form. */
  public byte[] writeBytes(Report report) {
    Objects.requireNonNull(report, "report");
    return compact.writeValueAsBytes(report);
  }

  /** Writes the report as compact UTF-8 JSON to {@code out}, which is not closed. */
  public void write(Report report, OutputStream out) throws IOException {
    write(compact, report, out);
  }

  /** Writes the report as compact UTF-8 JSON to {@code out} without flushing: one NDJSON line. */
  void writeLine(Report report, OutputStream out) throws IOException {
    write(line, report, out);
  }

  /** The report as indented JSON text, ending with a newline: for files people read. */
  public String writePretty(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writePretty(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the report as indented UTF-8 JSON and a newline to {@code out}, which is not closed. */
  public void writePretty(Report report, OutputStream out) throws IOException {
    write(pretty, report, out);
    out.write('\n');
  }

  private static void write(ObjectWriter writer, Report report, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, report);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write report: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads NDJSON (one report per line) from {@code in}, which the reader closes. Memory stays
   * constant whatever the length of the stream. See {@link NdjsonReader}.
   */
  public NdjsonReader readNdjson(InputStream in) {
    return new NdjsonReader(this, Objects.requireNonNull(in, "in"));
  }

  /** Reads an NDJSON file; see {@link #readNdjson(InputStream)}. */
  public NdjsonReader readNdjson(Path file) throws IOException {
    return readNdjson(Files.newInputStream(Objects.requireNonNull(file, "file")));
  }

  /** Writes NDJSON (one compact report per line) to {@code out}, which the writer closes. */
  public NdjsonWriter writeNdjson(OutputStream out) {
    return new NdjsonWriter(this, Objects.requireNonNull(out, "out"));
  }

  @Override
  public String toString() {
    return "ReportJson{" + (lenient ? "lenient" : "strict") + ", " + limits + "}";
  }
}
