package org.eventreport.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventreport.Report;
import org.eventreport.benchmarks.pojo.PojoMappers;
import org.eventreport.benchmarks.pojo.PojoReport;
import org.eventreport.json.JsonLimits;
import org.eventreport.json.NdjsonReader;
import org.eventreport.json.ReportJson;
import org.eventreport.json.ValidatedReport;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ladder, every row over the same pool of {@link Pools#SIZE} typical 1-2 KB reports (the same
 * UTF-8 bytes for every reading row), taken round-robin, one thread, results per report in
 * operations per second. Mappers, readers, writers and the validator are built once per trial.
 *
 * <ol>
 *   <li>{@link #tokenScan}: Jackson's tokenizer alone, the floor.
 *   <li>{@link #pojoRead}: Jackson databind into mutable POJOs of the same shape, the baseline.
 *   <li>{@link #treeRead}: Jackson's {@code JsonNode}.
 *   <li>{@link #read}: {@code ReportJson.strict().read}, into the immutable model, not validated.
 *   <li>{@link #readValidate}: read and validate, what users run.
 *   <li>{@link #validate}: validation alone, of reports already built.
 *   <li>{@link #pojoWrite}, {@link #write}: the two writers.
 *   <li>{@link #ndjsonRead}: the NDJSON reader over 10,000 lines, per line.
 *   <li>{@link #readValidateInvalid}: read and validate reports with exactly one violation (a
 *       dangling reference); {@link #readValidateInvalidField}: the same with a field-rule
 *       violation (a blank name), which takes the slow path through Hibernate Validator.
 *   <li>{@link #wastefulRead}, {@link #wastefulPojoRead}: anti-patterns kept to show the cliff: a
 *       new {@code ReportJson} (so a new mapper) or a new {@code JsonMapper} for each document.
 * </ol>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ReportBenchmarks {
  private final ReportJson json = ReportJson.strict();
  private final ReportValidator validator = ReportValidator.create();

  /** The valid pool: bytes, built reports and POJOs, taken round-robin. */
  @State(Scope.Thread)
  public static class Valid {
    byte[][] json = new byte[0][];
    Report[] reports = new Report[0];
    PojoReport[] pojos = new PojoReport[0];
    final JsonMapper pojoMapper = PojoMappers.create();
    final ObjectReader pojoReader = pojoMapper.readerFor(PojoReport.class);
    final ObjectWriter pojoWriter = pojoMapper.writerFor(PojoReport.class);
    int next;

    /** Makes the pool once per trial, from the fixed seed. */
    @Setup
    public void setUp() throws IOException {
      List<Report> valid = Pools.valid();
      reports = valid.toArray(new Report[0]);
      json = Pools.bytes(valid);
      pojos = new PojoReport[json.length];
      for (int i = 0; i < json.length; i++) {
        pojos[i] = pojoReader.readValue(json[i]);
      }
    }

    /** The index of the next report, round-robin. */
    int next() {
      int i = next;
      next = i + 1 == json.length ? 0 : i + 1;
      return i;
    }
  }

  /** The invalid pool: the valid reports with one dangling actor reference each. */
  @State(Scope.Thread)
  public static class Invalid {
    byte[][] json = new byte[0][];
    int next;

    /** Makes the pool once per trial and checks that each report has exactly one violation. */
    @Setup
    public void setUp() {
      json = Pools.bytes(Pools.invalid(Pools.valid()));
    }

    byte[] next() {
      int i = next;
      next = i + 1 == json.length ? 0 : i + 1;
      return json[i];
    }
  }

  /** The field-invalid pool: the valid reports with one blank actor name each. */
  @State(Scope.Thread)
  public static class InvalidField {
    byte[][] json = new byte[0][];
    int next;

    /** Makes the pool once per trial and checks that each report has exactly one violation. */
    @Setup
    public void setUp() {
      json = Pools.bytes(Pools.invalidField(Pools.valid()));
    }

    byte[] next() {
      int i = next;
      next = i + 1 == json.length ? 0 : i + 1;
      return json[i];
    }
  }

  /** {@link Pools#NDJSON_LINES} lines of NDJSON: the valid pool repeated. */
  @State(Scope.Thread)
  public static class Ndjson {
    byte[] lines = new byte[0];

    /** Makes the buffer once per trial. */
    @Setup
    public void setUp() {
      lines = Pools.ndjson(Pools.bytes(Pools.valid()), Pools.NDJSON_LINES);
    }
  }

  /** Jackson's tokenizer over the bytes, nothing bound: the floor. Returns the token count. */
  @Benchmark
  public int tokenScan(Valid pool) {
    try (JsonParser parser = pool.pojoMapper.createParser(pool.json[pool.next()])) {
      int tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      return tokens;
    }
  }

  /** Jackson databind into plain mutable POJOs: the baseline. */
  @Benchmark
  public PojoReport pojoRead(Valid pool) throws IOException {
    return pool.pojoReader.readValue(pool.json[pool.next()]);
  }

  /** Jackson's tree model. */
  @Benchmark
  public JsonNode treeRead(Valid pool) {
    return pool.pojoMapper.readTree(pool.json[pool.next()]);
  }

  /** Strict reading into the immutable model, without validation. */
  @Benchmark
  public Report read(Valid pool) {
    return json.read(pool.json[pool.next()]);
  }

  /** Strict reading, then validation (the report breaks no rule). */
  @Benchmark
  public ValidatedReport readValidate(Valid pool) {
    return json.readAndValidate(pool.json[pool.next()]);
  }

  /** Validation of a report already built. */
  @Benchmark
  public ValidationResult validate(Valid pool) {
    return validator.validate(pool.reports[pool.next()]);
  }

  /** Jackson databind from the POJOs. */
  @Benchmark
  public byte[] pojoWrite(Valid pool) {
    return pool.pojoWriter.writeValueAsBytes(pool.pojos[pool.next()]);
  }

  /** Writing the immutable model. */
  @Benchmark
  public byte[] write(Valid pool) {
    return json.writeBytes(pool.reports[pool.next()]);
  }

  /** The NDJSON reader over {@link Pools#NDJSON_LINES} lines; the score is per line. */
  @Benchmark
  @OperationsPerInvocation(Pools.NDJSON_LINES)
  public void ndjsonRead(Ndjson buffer, Blackhole blackhole) throws IOException {
    try (NdjsonReader reader = json.readNdjson(new ByteArrayInputStream(buffer.lines))) {
      while (reader.hasNext()) {
        blackhole.consume(reader.next().report());
      }
    }
  }

  /** Reading and validating reports with exactly one violation each. */
  @Benchmark
  public ValidatedReport readValidateInvalid(Invalid pool) {
    return json.readAndValidate(pool.next());
  }

  /**
   * Reading and validating reports with exactly one field-rule violation each (a blank name): the
   * slow path, where Hibernate Validator finds and reports the violation.
   */
  @Benchmark
  public ValidatedReport readValidateInvalidField(InvalidField pool) {
    return json.readAndValidate(pool.next());
  }

  /**
   * Anti-pattern: a new {@code ReportJson} for each document (limits that differ from the cached
   * default's), so a new Jackson mapper whose caches start cold every time. Build it once.
   */
  @Benchmark
  public Report wastefulRead(Valid pool) {
    return ReportJson.strict()
        .with(JsonLimits.builder().maxDepth(63).build())
        .read(pool.json[pool.next()]);
  }

  /** Anti-pattern of the baseline: a new {@code JsonMapper} for each document. */
  @Benchmark
  public PojoReport wastefulPojoRead(Valid pool) throws IOException {
    return PojoMappers.create().readValue(pool.json[pool.next()], PojoReport.class);
  }
}
