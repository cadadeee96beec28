package org.eventreport.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.Location;
import org.eventreport.LocationKind;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.json.NdjsonReader;
import org.eventreport.json.NdjsonRecord;
import org.eventreport.json.NdjsonWriter;
import org.eventreport.json.ReportJson;

/**
 * Checks that reading NDJSON takes constant memory: writes {@code N} generated reports (about 2 KB
 * each; every 1,000th line cut short, so that errors are read too) to a temporary file, then reads
 * and validates every line with {@link ReportJson#readNdjson(Path)}, printing the heap in use after
 * a full GC at 10%, 50% and 100% of the lines, and the throughput. Not a test: it is run by hand,
 * under a small heap, never by {@code verify}.
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests -Pmemory-check -Dmemory.reports=1000000
 * </pre>
 *
 * <p>The profile runs {@code java -Xmx128m -cp <examples runtime classpath>
 * org.eventreport.examples.NdjsonMemoryCheck 1000000}; with 1,000,000 reports the file takes about
 * 2 GB of the temporary directory, and is deleted at the end. Measured on a shared 2-core machine
 * (JDK 17, G1): 1,000,000 lines read and validated at about 23,000 records/s (47 MB/s), the heap in
 * use after GC 5.0 MiB at 10%, 50% and 100%, at most 50 MiB in use counting garbage.
 */
public final class NdjsonMemoryCheck {
  private static final double MIB = 1024.0 * 1024.0;
  private static final String[] TOWNS = {"Kargil", "Leh", "Drass", "Zanskar", "Nubra", "Turtuk"};
  private static final String[] WORDS = {
    "killings", "price rises", "power cuts", "road closures", "arrests", "water shortages"
  };

  private NdjsonMemoryCheck() {}

  /** Runs the check for {@code args[0]} reports (1,000,000 when not given). */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    if (count < 10) {
      throw new IllegalArgumentException("need at least 10 reports, got " + count);
    }
    Path file = Files.createTempFile("eventreport-memory-check-", ".ndjson");
    try {
      run(count, file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void run(long count, Path file) throws IOException {
    ReportJson json = ReportJson.strict();
    long startWrite = System.nanoTime();
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    try (NdjsonWriter writer = json.writeNdjson(out)) {
      for (long i = 1; i <= count; i++) {
        if (i % 1_000 == 0) {
          // A line cut short: malformed JSON, which the reader reports and reads past.
          out.write("{\"id\":\"cut-short\",\"published\":\"20".getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        } else {
          writer.write(generated(i));
        }
      }
    }
    long bytes = Files.size(file);
    System.out.printf(
        Locale.ROOT,
        "wrote %,d lines, %,d bytes, in %.1f s%n",
        count,
        bytes,
        seconds(System.nanoTime() - startWrite));
    System.out.printf(Locale.ROOT, "max heap: %.0f MiB%n", Runtime.getRuntime().maxMemory() / MIB);

    System.gc();
    System.out.printf(Locale.ROOT, "heap used after GC before reading: %.1f MiB%n", usedAfterGc());
    resetPeaks();
    long lines = 0;
    long reports = 0;
    long errors = 0;
    long invalid = 0;
    double maxUsedAfterGc = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long startRead = System.nanoTime();
    int checkpoint = 0;
    long[] checkpoints = {count / 10, count / 2, count};
    try (NdjsonReader reader = json.readNdjson(file)) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        lines++;
        if (record.isOk()) {
          reports++;
          if (!record.validation().orElseThrow().isValid()) {
            invalid++;
          }
        } else {
          errors++;
        }
        if (checkpoint < checkpoints.length && lines == checkpoints[checkpoint]) {
          long gcStart = System.nanoTime();
          long gcStartCpu = threads.getCurrentThreadCpuTime();
          double used = usedAfterGc();
          maxUsedAfterGc = Math.max(maxUsedAfterGc, used);
          System.out.printf(
              Locale.ROOT,
              "read %3d%% (%,d lines): heap used after GC %.1f MiB%n",
              lines * 100 / count,
              lines,
              used);
          // The GC's time is not reading time.
          startRead += System.nanoTime() - gcStart;
          startCpu += threads.getCurrentThreadCpuTime() - gcStartCpu;
          checkpoint++;
        }
      }
    }
    double elapsed = seconds(System.nanoTime() - startRead);
    double cpu = seconds(threads.getCurrentThreadCpuTime() - startCpu);
    System.out.printf(
        Locale.ROOT,
        "lines read: %,d, reports: %,d, errors: %,d, invalid reports: %,d%n",
        lines,
        reports,
        errors,
        invalid);
    System.out.printf(
        Locale.ROOT,
        "read and validated in %.1f s: %,.0f records/s, %.1f MB/s"
            + " (reading thread's CPU: %.1f s, %,.0f records per CPU second)%n",
        elapsed,
        lines / elapsed,
        bytes / elapsed / 1e6,
        cpu,
        lines / cpu);
    System.out.printf(
        Locale.ROOT,
        "heap used after GC, at most: %.1f MiB; peak heap in use (garbage included): %.1f MiB%n",
        maxUsedAfterGc,
        peakUsed());
  }

  /**
   * A valid report of about 2 KB, different for each {@code serial}: 2 to 4 events answering one
   * another, 4 actors, 2 locations and 1 or 2 quotes, with no body.
   */
  static Report generated(long serial) {
    SplittableRandom random = new SplittableRandom(serial * 0x9E3779B97F4A7C15L);
    String town = TOWNS[random.nextInt(TOWNS.length)];
    Report.Builder report =
        Report.builder()
            .id("gen-" + serial)
            .title("Protests in " + town + " over " + WORDS[random.nextInt(WORDS.length)])
            .publisher("The Example Times")
            .url("https://news.example/" + serial)
            .published(PartialDate.parse("2024-" + twoDigits(random.nextInt(1, 13)) + "-15"))
            .language("en")
            .addActors(
                Actor.builder()
                    .id("protesters")
                    .name("protesters in " + town)
                    .kind(ActorKind.GROUP)
                    .country("IN")
                    .build(),
                Actor.builder()
                    .id("association")
                    .name(town + " Residents Association")
                    .kind(ActorKind.ORGANIZATION)
                    .country("IN")
                    .build(),
                Actor.builder()
                    .id("leader")
                    .name("Leader " + serial % 997)
                    .kind(ActorKind.PERSON)
                    .addTitles("president of the association")
                    .addAffiliations("association")
                    .country("IN")
                    .build(),
                Actor.builder()
                    .id("government")
                    .name("State Government")
                    .kind(ActorKind.GOVERNMENT)
                    .country("IN")
                    .build())
            .addLocations(
                Location.builder()
                    .id("town")
                    .name(town)
                    .kind(LocationKind.LOCALITY)
                    .country("IN")
                    .admin1("Ladakh")
                    .locality(town)
                    .build(),
                Location.builder()
                    .id("square")
                    .name("Main Square, " + town)
                    .kind(LocationKind.SITE)
                    .country("IN")
                    .locality(town)
                    .build());
    int events = random.nextInt(2, 5);
    report.addEvents(
        Event.builder()
            .id("e1")
            .category(EventCategory.PROTEST)
            .mode(EventMode.DEMO)
            .label("protest rally")
            .summary("A rally in " + town + " against the " + WORDS[random.nextInt(WORDS.length)])
            .location("square")
            .addParticipants(
                Participation.of("protesters", Role.PARTICIPANT),
                Participation.of("association", Role.ORGANIZER),
                Participation.of("government", Role.TARGET))
            .size(Count.reported(random.nextBoolean() ? "thousands" : "hundreds"))
            .addClaims("demanded action from the government")
            .build());
    for (int i = 2; i <= events; i++) {
      report.addEvents(
          Event.builder()
              .id("e" + i)
              .category(EventCategory.REQUEST)
              .label("appeal")
              .summary("The association appeals to the government, " + i)
              .location("town")
              .addParticipants(
                  Participation.of("leader", Role.AUTHOR),
                  Participation.of("government", Role.ADDRESSEE))
              .addClaims("take immediate action")
              .addRelations(EventRelation.of(RelationType.IN_RESPONSE_TO, "e" + (i - 1)))
              .build());
    }
    report.addQuotes(
        Quote.builder()
            .id("q1")
            .text("the government must act before it is too late")
            .kind(QuoteKind.INDIRECT)
            .speaker("leader")
            .verb("said")
            .event("e1")
            .build());
    if (random.nextBoolean()) {
      report.addQuotes(
          Quote.builder()
              .id("q2")
              .text("We will march again next week")
              .kind(QuoteKind.DIRECT)
              .speaker("leader")
              .verb("added")
              .event("e2")
              .build());
    }
    return report.build();
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The heap in use after a full GC, summed over the heap's pools. */
  private static double usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
  private static double peakUsed() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MIB;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
