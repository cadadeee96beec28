package org.eventreport.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eventreport.Actor;
import org.eventreport.Event;
import org.eventreport.Participation;
import org.eventreport.Report;
import org.eventreport.json.RandomReports;
import org.eventreport.json.ReportJson;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.eventreport.validation.Violation;

/**
 * The benchmarks' inputs, made from fixed seeds so that every run and every fork reads the same
 * bytes: typical reports of 1 to 2 KB that break no rule, and the same reports with exactly one
 * violation each.
 */
public final class Pools {
  /** Reports per pool; the benchmarks take them round-robin. */
  public static final int SIZE = 64;

  /** Lines of the NDJSON buffer: the valid pool repeated. */
  public static final int NDJSON_LINES = 10_000;

  /** The seed of the valid pool. */
  public static final long SEED = 20_240_801L;

  private static final int MIN_BYTES = 1024;
  private static final int MAX_BYTES = 2048;

  /** The actor id the invalid pool's one dangling reference names. */
  static final String DANGLING_ACTOR = "a-dangling";

  private Pools() {}

  /**
   * {@link #SIZE} distinct typical reports whose compact JSON is 1 to 2 KB and in which the default
   * validator finds no violation at all (warnings included).
   */
  public static List<Report> valid() {
    SplittableRandom random = new SplittableRandom(SEED);
    ReportValidator validator = ReportValidator.create();
    List<Report> pool = new ArrayList<>(SIZE);
    for (int tries = 0; pool.size() < SIZE; tries++) {
      if (tries > 100 * SIZE) {
        throw new IllegalStateException("the generator no longer makes 1-2 KB reports");
      }
      Report report = RandomReports.typical(random);
      int size = ReportJson.strict().writeBytes(report).length;
      if (size >= MIN_BYTES
          && size <= MAX_BYTES
          && validator.validate(report).violations().isEmpty()
          && pool.stream().noneMatch(report::equals)) {
        pool.add(report);
      }
    }
    return pool;
  }

  /**
   * The valid pool with one participant of one event pointing at an actor that does not exist: each
   * report has exactly one violation ({@code reference.unresolved}), which is checked.
   */
  public static List<Report> invalid(List<Report> valid) {
    ReportValidator validator = ReportValidator.create();
    List<Report> pool = new ArrayList<>(valid.size());
    for (int i = 0; i < valid.size(); i++) {
      Report report = valid.get(i);
      List<Event> events = new ArrayList<>(report.events());
      int at = i % events.size();
      Event event = events.get(at);
      List<Participation> participants = new ArrayList<>(event.participants());
      Participation first = participants.get(0);
      participants.set(0, first.toBuilder().actor(DANGLING_ACTOR).build());
      events.set(at, event.toBuilder().participants(participants).build());
      Report broken = report.toBuilder().events(events).build();
      checkOneViolation(validator.validate(broken), "reference.unresolved", i);
      pool.add(broken);
    }
    return pool;
  }

  /**
   * The valid pool with one actor's name blank: each report has exactly one violation ({@code
   * text.blank}), a field rule, which is checked. Such reports take the field rules' slow path
   * (Hibernate Validator), where the reference pool of {@link #invalid} does not.
   */
  public static List<Report> invalidField(List<Report> valid) {
    ReportValidator validator = ReportValidator.create();
    List<Report> pool = new ArrayList<>(valid.size());
    for (int i = 0; i < valid.size(); i++) {
      Report report = valid.get(i);
      List<Actor> actors = new ArrayList<>(report.actors());
      int at = i % actors.size();
      actors.set(at, actors.get(at).toBuilder().name(" ").build());
      Report broken = report.toBuilder().actors(actors).build();
      checkOneViolation(validator.validate(broken), "text.blank", i);
      pool.add(broken);
    }
    return pool;
  }

  private static void checkOneViolation(ValidationResult result, String code, int index) {
    List<Violation> violations = result.violations();
    if (violations.size() != 1 || !violations.get(0).code().equals(code)) {
      throw new IllegalStateException(
          "report " + index + " of an invalid pool must have exactly one violation:\n" + result);
    }
  }

  /** Compact UTF-8 JSON of each report. */
  public static byte[][] bytes(List<Report> reports) {
    byte[][] json = new byte[reports.size()][];
    for (int i = 0; i < json.length; i++) {
      json[i] = ReportJson.strict().writeBytes(reports.get(i));
    }
    return json;
  }

  /** {@code lines} lines of NDJSON: the documents round-robin, each followed by a newline. */
  public static byte[] ndjson(byte[][] documents, int lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines; i++) {
      out.writeBytes(documents[i % documents.length]);
      out.write('\n');
    }
    return out.toByteArray();
  }
}
