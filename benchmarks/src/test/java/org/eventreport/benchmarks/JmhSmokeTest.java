package org.eventreport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, in this JVM, for about 100 ms (no fork, no warm-up), so that the suite
 * cannot rot: each must produce a score and an allocation figure, and the results file must give
 * the ratio report every row it needs. No number measured here means anything.
 */
class JmhSmokeTest {
  @TempDir Path dir;

  @Test
  void everyBenchmarkProducesAResult() throws Exception {
    Path file = dir.resolve("jmh-result.json");
    // JMH refuses to start while another JMH run on the machine holds /tmp/jmh.lock; this
    // in-process
    // smoke run measures nothing, so it may run beside one.
    System.setProperty("jmh.ignoreLock", "true");
    Options options =
        new OptionsBuilder()
            .include(ReportBenchmarks.class.getName() + "\\.")
            .include(ColdStart.class.getName() + "\\.")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .threads(1)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .result(file.toString())
            .resultFormat(ResultFormatType.JSON)
            .build();
    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      ran.add(name.substring(name.lastIndexOf('.') + 1));
      Result<?> primary = run.getPrimaryResult();
      assertThat(primary.getScore()).as(name).isPositive();
      assertThat(run.getSecondaryResults()).as(name).containsKey("gc.alloc.rate.norm");
    }
    assertThat(ran).isEqualTo(benchmarkMethods(ReportBenchmarks.class, ColdStart.class));

    Map<String, RatioReport.Row> rows = RatioReport.read(file);
    assertThat(rows.keySet()).containsAll(RatioReport.neededRows());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    RatioReport.print(rows, Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("P1").contains("P8");
    assertThat(Files.size(file)).isPositive();
  }

  private static Set<String> benchmarkMethods(Class<?>... types) {
    return Arrays.stream(types)
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
