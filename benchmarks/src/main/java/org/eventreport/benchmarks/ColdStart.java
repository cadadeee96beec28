package org.eventreport.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eventreport.Report;
import org.eventreport.benchmarks.pojo.PojoMappers;
import org.eventreport.benchmarks.pojo.PojoReport;
import org.eventreport.json.ReportJson;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: in a fresh JVM, the time to the first report read (and validated), which includes
 * loading the classes, building the Jackson mapper and, for a report that breaks a field rule,
 * bootstrapping Hibernate Validator. One shot per fork; run with {@code -bm ss -f 5 -wi 0 -i 1}.
 * The document is a resource, read in setup without touching any eventreport, Jackson or Hibernate
 * Validator class.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Thread)
public class ColdStart {
  /** A typical report of the valid pool. */
  static final String RESOURCE = "/org/eventreport/benchmarks/cold-start-report.json";

  private byte[] document = new byte[0];
  private byte[] blankName = new byte[0];

  /** Reads the document's bytes, and makes a copy whose first actor's name is blank. */
  @Setup
  public void setUp() throws IOException {
    try (InputStream in = ColdStart.class.getResourceAsStream(RESOURCE)) {
      document = Objects.requireNonNull(in, RESOURCE).readAllBytes();
    }
    String text = new String(document, StandardCharsets.UTF_8);
    int name = text.indexOf("\"name\":\"") + "\"name\":\"".length(); // the first actor's
    blankName =
        (text.substring(0, name) + " " + text.substring(text.indexOf('"', name)))
            .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The baseline: the first read of the same document into POJOs with a new Jackson mapper, as a
   * plain Jackson user pays it (Jackson's own bootstrap is most of every row here).
   */
  @Benchmark
  public PojoReport firstPojoRead() throws IOException {
    return PojoMappers.create().readValue(document, PojoReport.class);
  }

  /** The first read: the mapper is built. */
  @Benchmark
  public Report firstRead() {
    return ReportJson.strict().read(document);
  }

  /**
   * The first read and validation of a valid report: the mapper and the validator are built, but
   * the field rules' fast path proves the report clean, so Hibernate Validator is not bootstrapped.
   */
  @Benchmark
  public ValidationResult firstReadValidate() {
    Report report = ReportJson.strict().read(document);
    return ReportValidator.create().validate(report);
  }

  /**
   * The first read and validation of a report that breaks a field rule (a blank name): Hibernate
   * Validator is bootstrapped to report it.
   */
  @Benchmark
  public ValidationResult firstReadValidateFieldViolation() {
    Report report = ReportJson.strict().read(blankName);
    return ReportValidator.create().validate(report);
  }

  /** The document with a blank name, for tests. */
  byte[] blankName() {
    return blankName.clone();
  }
}
