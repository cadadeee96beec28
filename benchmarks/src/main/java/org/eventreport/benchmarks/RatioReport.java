package org.eventreport.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the goal ratios of the performance targets from one JMH results file ({@code -rf json}),
 * each with a confidence interval and PASS or MISS, then the cold-start figures from a second file
 * if one is given.
 *
 * <pre>
 * java -cp target/benchmarks.jar org.eventreport.benchmarks.RatioReport \
 *     target/jmh-result.json [target/jmh-coldstart.json]
 * </pre>
 *
 * <p><b>Confidence intervals.</b> JMH gives each row a 99.9% confidence interval {@code [lo, hi]}
 * (Student's t over the measurement iterations of all forks). The interval of a ratio {@code a / b}
 * is taken by interval arithmetic, {@code [a.lo / b.hi, a.hi / b.lo]}: it holds every ratio of two
 * values inside the rows' intervals, so it is conservative (wider than a propagated-error interval)
 * and needs no assumption of independence. When {@code b.lo <= 0} the upper bound is unbounded. The
 * verdict is taken on the point estimate; the last column says whether the whole interval is on the
 * same side of the target ("sure") or the run is too noisy to tell ("noise").
 */
public final class RatioReport {
  private static final String GC_ALLOC = "gc.alloc.rate.norm";

  /** One measured figure with its confidence interval; NaN bounds when JMH gave none. */
  record Estimate(double score, double low, double high) {
    static Estimate of(JsonNode metric) {
      double score = metric.path("score").asDouble(Double.NaN);
      JsonNode ci = metric.path("scoreConfidence");
      // Every score here (ops/s, ms/op, B/op) is positive: a t-interval reaching below 0 says
      // only that the run was noisy, so its lower bound is taken as 0, as JMH prints it.
      double low = ci.size() == 2 ? Math.max(0, ci.get(0).asDouble(Double.NaN)) : Double.NaN;
      double high = ci.size() == 2 ? ci.get(1).asDouble(Double.NaN) : Double.NaN;
      return new Estimate(score, low, high);
    }

    /** This divided by {@code other}, by interval arithmetic. */
    Estimate over(Estimate other) {
      double upper = other.low > 0 ? high / other.low : Double.POSITIVE_INFINITY;
      return new Estimate(score / other.score, low / other.high, upper);
    }

    /** The inverse ratio: from throughput to time per operation. */
    Estimate inverse() {
      return new Estimate(1 / score, 1 / high, low > 0 ? 1 / low : Double.POSITIVE_INFINITY);
    }

    /** Half the interval's width relative to the score, in percent. */
    double relativeError() {
      return (high - low) / 2 / score * 100;
    }
  }

  /** One benchmark of the file: its primary score and, with {@code -prof gc}, B/op. */
  record Row(String name, String mode, String unit, Estimate score, @Nullable Estimate alloc) {}

  /** How a ratio is taken from two rows. */
  enum Kind {
    /** Throughput of the first over throughput of the second. */
    THROUGHPUT,
    /** Time per operation of the first over that of the second. */
    TIME,
    /** Bytes allocated per operation of the first over those of the second. */
    ALLOCATION
  }

  /**
   * A target: {@code numerator / denominator} of {@code kind}, at least or at most {@code goal}.
   */
  record Target(
      String id,
      String label,
      String numerator,
      String denominator,
      Kind kind,
      boolean atLeast,
      double goal) {}

  /** The targets of {@code perf-reliability.md} (P1-P3, P5-P8), in its order. */
  static final List<Target> TARGETS =
      List.of(
          new Target(
              "P1", "read / pojoRead throughput", "read", "pojoRead", Kind.THROUGHPUT, true, 0.75),
          new Target(
              "P2",
              "readValidate / read throughput",
              "readValidate",
              "read",
              Kind.THROUGHPUT,
              true,
              0.5),
          new Target(
              "P3", "validate time / pojoRead time", "validate", "pojoRead", Kind.TIME, false, 1.0),
          new Target(
              "P5", "read B/op / pojoRead B/op", "read", "pojoRead", Kind.ALLOCATION, false, 1.5),
          new Target(
              "P6",
              "ndjsonRead / read throughput (per record)",
              "ndjsonRead",
              "read",
              Kind.THROUGHPUT,
              true,
              0.9),
          new Target(
              "P7",
              "write / pojoWrite throughput",
              "write",
              "pojoWrite",
              Kind.THROUGHPUT,
              true,
              0.8),
          new Target(
              "P8",
              "readValidateInvalid time / readValidate time",
              "readValidateInvalid",
              "readValidate",
              Kind.TIME,
              false,
              3.0));

  /** Ratios tracked without a target. */
  static final List<Target> TRACKED =
      List.of(
          new Target(
              "P4",
              "tokenScan time / read time (binding efficiency)",
              "read",
              "tokenScan",
              Kind.THROUGHPUT,
              true,
              Double.NaN),
          new Target(
              "-",
              "treeRead / pojoRead throughput",
              "treeRead",
              "pojoRead",
              Kind.THROUGHPUT,
              true,
              Double.NaN),
          new Target(
              "-",
              "readValidate / pojoRead throughput",
              "readValidate",
              "pojoRead",
              Kind.THROUGHPUT,
              true,
              Double.NaN),
          new Target(
              "-",
              "readValidateInvalidField time / readValidate time",
              "readValidateInvalidField",
              "readValidate",
              Kind.TIME,
              false,
              Double.NaN),
          new Target(
              "-",
              "validate B/op / pojoRead B/op",
              "validate",
              "pojoRead",
              Kind.ALLOCATION,
              false,
              Double.NaN),
          new Target(
              "P11",
              "wastefulRead / read throughput (misuse)",
              "wastefulRead",
              "read",
              Kind.THROUGHPUT,
              true,
              Double.NaN),
          new Target(
              "P11",
              "wastefulPojoRead / pojoRead throughput (misuse)",
              "wastefulPojoRead",
              "pojoRead",
              Kind.THROUGHPUT,
              true,
              Double.NaN));

  private RatioReport() {}

  /** Reads the results file(s) named by the arguments and prints the report. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: RatioReport jmh-result.json [jmh-coldstart.json]");
      System.exit(2);
    }
    Map<String, Row> rows = read(Path.of(args[0]));
    Map<String, Row> cold = args.length == 2 ? read(Path.of(args[1])) : Map.of();
    int misses = print(rows, cold, System.out);
    System.out.println();
    System.out.println(
        misses == 0 ? "All targets met." : misses + " target(s) missed (see MISS above).");
  }

  /** The rows of a JMH JSON results file, by short benchmark name. */
  static Map<String, Row> read(Path file) throws Exception {
    return parse(Files.readAllBytes(file));
  }

  static Map<String, Row> parse(byte[] json) {
    JsonNode root = JsonMapper.builder().build().readTree(json);
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode result : root) {
      String benchmark = result.path("benchmark").asString("");
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      JsonNode primary = result.path("primaryMetric");
      JsonNode gc = result.path("secondaryMetrics").path(GC_ALLOC);
      rows.put(
          name,
          new Row(
              name,
              result.path("mode").asString(""),
              primary.path("scoreUnit").asString(""),
              Estimate.of(primary),
              gc.isMissingNode() ? null : Estimate.of(gc)));
    }
    return rows;
  }

  /** Prints every section; returns the number of targets missed (or not measured). */
  static int print(Map<String, Row> rows, Map<String, Row> cold, PrintStream out) {
    int misses = 0;
    if (!rows.isEmpty()) {
      out.println("Rows (throughput per report; 99.9% CI half-width in %; B/op from -prof gc)");
      out.printf(
          Locale.ROOT, "  %-26s %12s %8s %10s %10s%n", "row", "ops/s", "±%", "us/op", "B/op");
      for (Row row : rows.values()) {
        if (!row.mode().equals("thrpt")) {
          continue;
        }
        Estimate s = row.score();
        Estimate alloc = row.alloc();
        out.printf(
            Locale.ROOT,
            "  %-26s %12s %8s %10.3f %10s%n",
            row.name(),
            String.format(Locale.ROOT, "%,.0f", s.score()),
            Double.isNaN(s.relativeError())
                ? "n/a"
                : String.format(Locale.ROOT, "%.1f", s.relativeError()),
            1e6 / s.score(),
            alloc == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", alloc.score()));
      }
      out.println();
      out.println(
          "Targets (ratio, 99.9% CI by interval arithmetic, verdict on the point estimate)");
      out.printf(
          Locale.ROOT,
          "  %-4s %-52s %7s %16s %8s %-6s %s%n",
          "id",
          "ratio",
          "value",
          "CI",
          "target",
          "result",
          "CI vs target");
      for (Target target : TARGETS) {
        misses += printRatio(target, rows, out) ? 0 : 1;
      }
      out.println();
      out.println("Tracked (no target)");
      for (Target target : TRACKED) {
        printRatio(target, rows, out);
      }
    }
    if (!cold.isEmpty()) {
      out.println();
      out.println("Cold start (fresh JVM per fork, single shot, ms; mean and 99.9% CI over forks)");
      for (Row row : cold.values()) {
        Estimate s = row.score();
        out.printf(
            Locale.ROOT,
            "  %-32s %9.1f %s  [%s]%n",
            row.name(),
            s.score(),
            row.unit(),
            interval(s));
      }
      Row pojo = cold.get("firstPojoRead");
      Row firstRead = cold.get("firstRead");
      if (pojo != null && firstRead != null) {
        out.printf(
            Locale.ROOT,
            "  first read / first POJO read (Jackson's own bootstrap in both): %.2f%n",
            firstRead.score().score() / pojo.score().score());
      }
      Row first = cold.get("firstReadValidate");
      Row steady = rows.get("readValidate");
      if (first != null && steady != null && first.unit().equals("ms/op")) {
        double steadyMs = 1e3 / steady.score().score();
        out.printf(
            Locale.ROOT,
            "  first validated report / steady-state readValidate: %.0fx (%.1f ms vs %.4f ms)%n",
            first.score().score() / steadyMs,
            first.score().score(),
            steadyMs);
      }
    }
    return misses;
  }

  /** Prints one ratio; returns whether it meets its target (true when it has none). */
  private static boolean printRatio(Target target, Map<String, Row> rows, PrintStream out) {
    Row a = rows.get(target.numerator());
    Row b = rows.get(target.denominator());
    @Nullable Estimate ratio = a == null || b == null ? null : ratio(target.kind(), a, b);
    boolean hasGoal = !Double.isNaN(target.goal());
    String goal =
        hasGoal
            ? (target.atLeast() ? ">= " : "<= ") + String.format(Locale.ROOT, "%.2f", target.goal())
            : "";
    if (ratio == null) {
      out.printf(
          Locale.ROOT,
          "  %-4s %-52s %7s %16s %8s %-6s %s%n",
          target.id(),
          target.label(),
          "n/a",
          "",
          goal,
          hasGoal ? "MISS" : "",
          "not measured");
      return !hasGoal;
    }
    boolean met = !hasGoal || meets(target, ratio.score());
    String sure = "";
    if (hasGoal) {
      boolean lowMeets = meets(target, ratio.low());
      boolean highMeets = meets(target, ratio.high());
      sure = Double.isNaN(ratio.low()) ? "no CI" : lowMeets == highMeets ? "sure" : "noise";
    }
    out.printf(
        Locale.ROOT,
        "  %-4s %-52s %7.2f %16s %8s %-6s %s%n",
        target.id(),
        target.label(),
        ratio.score(),
        "[" + interval(ratio) + "]",
        goal,
        hasGoal ? (met ? "PASS" : "MISS") : "",
        sure);
    return met;
  }

  static @Nullable Estimate ratio(Kind kind, Row a, Row b) {
    return switch (kind) {
      case THROUGHPUT -> a.score().over(b.score());
      case TIME -> a.score().inverse().over(b.score().inverse());
      case ALLOCATION -> {
        Estimate allocA = a.alloc();
        Estimate allocB = b.alloc();
        yield allocA == null || allocB == null ? null : allocA.over(allocB);
      }
    };
  }

  private static boolean meets(Target target, double value) {
    return target.atLeast() ? value >= target.goal() : value <= target.goal();
  }

  private static String interval(Estimate e) {
    if (Double.isNaN(e.low()) || Double.isNaN(e.high())) {
      return "n/a";
    }
    return format(e.low()) + ", " + format(e.high());
  }

  private static String format(double value) {
    return Double.isInfinite(value)
        ? "inf"
        : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }

  /** The names of the rows the targets need, for tests. */
  static List<String> neededRows() {
    List<String> names = new ArrayList<>();
    for (Target target : TARGETS) {
      names.add(target.numerator());
      names.add(target.denominator());
    }
    return names;
  }
}
