package org.eventreport.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of random reports that the default validator finds no error in: every
 * attribute used, text from every Unicode plane, dates at the edges of their range, coordinates at
 * ±90/±180, counts up to {@link Long#MAX_VALUE}, and lists from empty to long. The same seed always
 * gives the same report; tests print the seed when they fail.
 *
 * <p>{@link #report} makes reports for strict reading (no extensions); {@link #withExtensions} adds
 * unknown members everywhere, as a lenient reader would keep them; {@link #typical} makes smaller,
 * mostly-ASCII reports of 1 to 2 KB such as a news pipeline sees, for benchmarks.
 */
public final class RandomReports {
  private static final String[] COUNTRIES = {"IN", "PK", "US", "FR", "BR", "ZA", "JP", "NZ", "KE"};
  private static final String[] LANGUAGES = {
    "en", "ur", "hi", "pt-BR", "zh-Hant-TW", "sr-Latn", "de"
  };
  private static final String[] WORDS = {
    "protest",
    "march",
    "rally",
    "letter",
    "killing",
    "minister",
    "association",
    "city",
    "police",
    "crowd",
    "strike",
    "leader",
    "community",
    "demand",
    "justice",
    "government",
    "village"
  };

  /** Code points from every plane that matters, including combining, RTL and zero-width ones. */
  private static final int[] EXOTIC = {
    0x00e9, 0x00df, 0x0416, 0x05d0, 0x0627, 0x0915, 0x0e01, 0x4e2d, 0xac00, 0x0301, 0x200b,
    0x200f, 0x2028, 0x2029, 0xfeff, 0xfffd, 0x1f600, 0x1f1ee, 0x1d11e, 0x10348, 0x20000, 0x2a6d6,
    0x30000, 0xe0041, 0xf0000, 0x10fffd, 0x0000, 0x0001, 0x001f, 0x007f, 0x0022, 0x005c, 0x002f
  };

  private final SplittableRandom random;
  private final boolean exotic;
  private final boolean extensions;
  private int serial;

  private RandomReports(SplittableRandom random, boolean exotic, boolean extensions) {
    this.random = random;
    this.exotic = exotic;
    this.extensions = extensions;
  }

  /** A report with every kind of content and no extensions (strict reading keeps it whole). */
  public static Report report(SplittableRandom random) {
    return new RandomReports(random, true, false).build(random.nextInt(0, 9), true);
  }

  /** Like {@link #report}, with unknown members at every level, as a lenient reader keeps them. */
  public static Report withExtensions(SplittableRandom random) {
    return new RandomReports(random, true, true).build(random.nextInt(0, 9), true);
  }

  /** A typical news report of about 1 to 2 KB: 2 to 4 events, mostly ASCII, no body. */
  public static Report typical(SplittableRandom random) {
    return new RandomReports(random, false, false).build(random.nextInt(2, 5), false);
  }

  private Report build(int eventCount, boolean full) {
    PartialDate published = partialDate();
    Report.Builder report =
        Report.builder().id(id("r")).published(published).language(pick(LANGUAGES));
    if (full || random.nextBoolean()) {
      report.title(text(60));
    }
    if (random.nextBoolean()) {
      report.publisher(text(20));
    }
    if (random.nextBoolean()) {
      report.url("https://news.example/" + random.nextInt(1_000_000) + "?q=" + word());
    }
    List<Actor> actors = new ArrayList<>();
    int actorCount = random.nextInt(2, full ? 12 : 4);
    for (int i = 0; i < actorCount; i++) {
      actors.add(actor(actors));
    }
    List<Location> locations = new ArrayList<>();
    int locationCount = random.nextInt(1, full ? 6 : 3);
    for (int i = 0; i < locationCount; i++) {
      locations.add(location());
    }
    @Nullable String body = full && random.nextInt(4) > 0 ? body() : null;
    if (body != null) {
      report.body(body);
    }
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventCount; i++) {
      events.add(event(i, events, actors, locations, published, body, full));
    }
    List<Quote> quotes = new ArrayList<>();
    int quoteCount = events.isEmpty() ? 0 : random.nextInt(0, full ? 8 : 2);
    for (int i = 0; i < quoteCount; i++) {
      quotes.add(quote(quotes, actors, events, body));
    }
    report
        .addAllActors(actors)
        .addAllLocations(locations)
        .addAllEvents(events)
        .addAllQuotes(quotes);
    report.extensions(extensions());
    return report.build();
  }

  private Actor actor(List<Actor> earlier) {
    Actor.Builder actor = Actor.builder().id(id("a")).name(text(30)).kind(pick(ActorKind.values()));
    for (int i = random.nextInt(0, 3); i > 0; i--) {
      actor.addAliases(text(20));
    }
    for (int i = random.nextInt(0, 3); i > 0; i--) {
      actor.addTitles(text(25));
    }
    if (!earlier.isEmpty() && random.nextBoolean()) {
      actor.addAffiliations(earlier.get(random.nextInt(earlier.size())).id());
    }
    if (random.nextBoolean()) {
      actor.country(pick(COUNTRIES));
    }
    if (random.nextInt(3) == 0) {
      actor.religion(text(12));
    }
    if (random.nextInt(3) == 0) {
      actor.wikidata("Q" + random.nextLong(1, Long.MAX_VALUE / 1000));
    }
    return actor.extensions(extensions()).build();
  }

  private Location location() {
    Location.Builder location =
        Location.builder()
            .id(id("l"))
            .name(text(30))
            .kind(pick(LocationKind.values()))
            .country(pick(COUNTRIES));
    if (random.nextBoolean()) {
      location.admin1(text(20));
    }
    if (random.nextBoolean()) {
      location.admin2(text(20));
    }
    if (random.nextBoolean()) {
      location.locality(text(20));
    }
    if (random.nextBoolean()) {
      location.coordinates(
          Coordinates.builder()
              .latitude(coordinate(90))
              .longitude(coordinate(180))
              .extensions(extensions())
              .build());
      location.precision(pick(LocationPrecision.values()));
    }
    if (random.nextBoolean()) {
      location.geonamesId(random.nextLong(1, Long.MAX_VALUE));
    }
    return location.extensions(extensions()).build();
  }

  private Event event(
      int index,
      List<Event> earlier,
      List<Actor> actors,
      List<Location> locations,
      PartialDate published,
      @Nullable String body,
      boolean full) {
    EventCategory category = pick(EventCategory.values());
    Event.Builder event = Event.builder().id(id("e")).category(category);
    if (!category.modes().isEmpty() && random.nextInt(4) > 0) {
      List<EventMode> modes = new ArrayList<>(category.modes());
      event.mode(modes.get(random.nextInt(modes.size())));
    }
    if (random.nextBoolean()) {
      event.label(text(20));
    }
    if (full || random.nextBoolean()) {
      event.summary(text(80));
    }
    EventStatus status = random.nextInt(3) == 0 ? pick(EventStatus.values()) : EventStatus.OCCURRED;
    event.status(status);
    if (random.nextBoolean()) {
      event.time(time(published, status));
    }
    if (random.nextInt(4) > 0) {
      event.location(locations.get(random.nextInt(locations.size())).id());
    }
    int participants = random.nextInt(1, full ? (random.nextInt(10) == 0 ? 40 : 5) : 3);
    for (int i = 0; i < participants; i++) {
      event.addParticipants(
          Participation.builder()
              .actor(actors.get(random.nextInt(actors.size())).id())
              .role(pick(Role.values()))
              .extensions(extensions())
              .build());
    }
    if (category.requiresRecipient()) {
      event.addParticipants(
          Participation.of(actors.get(random.nextInt(actors.size())).id(), Role.TARGET));
    }
    if (random.nextBoolean()) {
      event.size(count());
    }
    if (random.nextInt(3) == 0) {
      event.fatalities(count());
    }
    if (random.nextInt(4) == 0) {
      event.injuries(count());
    }
    if (random.nextInt(4) == 0) {
      event.arrests(count());
    }
    for (int i = random.nextInt(0, full ? 3 : 2); i > 0; i--) {
      event.addClaims(text(40));
    }
    // Relations point backwards only, so part_of links can form no cycle.
    if (!earlier.isEmpty()) {
      for (int i = random.nextInt(0, 3); i > 0; i--) {
        event.addRelations(
            EventRelation.builder()
                .type(pick(RelationType.values()))
                .event(earlier.get(random.nextInt(earlier.size())).id())
                .extensions(extensions())
                .build());
      }
    }
    if (body != null) {
      for (int i = random.nextInt(0, 3); i > 0; i--) {
        event.addEvidence(span(body));
      }
    }
    if (random.nextInt(3) == 0) {
      Coding.Builder coding =
          Coding.builder()
              .scheme(pick(new String[] {"acled", "cameo", "plover", "gdelt.v2", "local_x-1"}))
              .code(Integer.toString(random.nextInt(100, 2000)));
      if (random.nextBoolean()) {
        coding.version(random.nextInt(1, 10) + "." + random.nextInt(10));
      }
      event.addCodings(coding.extensions(extensions()).build());
    }
    return event.extensions(extensions()).build();
  }

  private EventTime time(PartialDate published, EventStatus status) {
    // An occurred event starts in the year before publication at the latest (or with it).
    PartialDate start =
        status == EventStatus.OCCURRED
            ? (published.year() > 1 && random.nextBoolean()
                ? dateInYears(1, published.year() - 1)
                : published)
            : partialDate();
    EventTime.Builder time = EventTime.builder();
    boolean withStart = random.nextInt(4) > 0;
    if (withStart) {
      time.start(start);
    }
    if (!withStart || random.nextBoolean()) {
      time.end(
          start.year() < 9999 && random.nextBoolean()
              ? dateInYears(start.year() + 1, 9999)
              : start);
    }
    return time.extensions(extensions()).build();
  }

  private Count count() {
    Count.Builder count = Count.builder();
    long low = edgeLong();
    long high = low + (long) (random.nextDouble() * (Long.MAX_VALUE - low));
    boolean any = false;
    if (random.nextBoolean()) {
      count.low(low);
      any = true;
    }
    if (random.nextBoolean()) {
      count.high(high);
      any = true;
    }
    if (random.nextBoolean()) {
      count.best(low + (high - low) / 2);
      any = true;
    }
    if (!any || random.nextBoolean()) {
      count.addReported(pick(new String[] {"thousands", "hundreds", "dozens", "a few", "scores"}));
    }
    return count.extensions(extensions()).build();
  }

  private long edgeLong() {
    return switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> Long.MAX_VALUE;
      case 2 -> random.nextLong(1, 100_000);
      default -> random.nextLong(0, Long.MAX_VALUE);
    };
  }

  private Quote quote(
      List<Quote> earlier, List<Actor> actors, List<Event> events, @Nullable String body) {
    Quote.Builder quote = Quote.builder().id(id("q")).kind(pick(QuoteKind.values()));
    if (body != null && random.nextInt(4) > 0) {
      TextSpan span = nonBlankSpan(body);
      quote.text(slice(body, span));
      if (random.nextBoolean()) {
        quote.span(span);
      }
    } else {
      quote.kind(QuoteKind.INDIRECT).text(text(60));
    }
    if (random.nextBoolean()) {
      quote.speaker(actors.get(random.nextInt(actors.size())).id());
    }
    if (random.nextBoolean()) {
      quote.verb(pick(new String[] {"said", "wrote", "added", "demanded", "claimed"}));
    }
    if (random.nextBoolean()) {
      quote.event(events.get(random.nextInt(events.size())).id());
    }
    // variantOf points backwards only: no cycles.
    if (!earlier.isEmpty() && random.nextInt(3) == 0) {
      quote.variantOf(earlier.get(random.nextInt(earlier.size())).id());
    }
    return quote.extensions(extensions()).build();
  }

  private String body() {
    StringBuilder body = new StringBuilder();
    int sentences = random.nextInt(3, 30);
    for (int i = 0; i < sentences; i++) {
      body.append(text(120)).append(random.nextInt(5) == 0 ? "\n\n" : " ");
    }
    return body.toString();
  }

  private TextSpan span(String body) {
    int length = body.codePointCount(0, body.length());
    int start = random.nextInt(0, length);
    int end = random.nextInt(start, Math.min(length, start + 200) + 1);
    return TextSpan.builder().start(start).end(end).extensions(extensions()).build();
  }

  /** A span whose text has a character that is not white space, so it can be a quote's text. */
  private TextSpan nonBlankSpan(String body) {
    while (true) {
      TextSpan span = span(body);
      String text = slice(body, span);
      if (!text.isBlank() && !text.codePoints().allMatch(RandomReports::isSpace)) {
        return span;
      }
    }
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static String slice(String body, TextSpan span) {
    int from = body.offsetByCodePoints(0, span.start());
    int to = body.offsetByCodePoints(from, span.end() - span.start());
    return body.substring(from, to);
  }

  /** A partial date of any precision and year. */
  private PartialDate partialDate() {
    int year = edgeYear();
    return switch (random.nextInt(4)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofYearMonth(year, random.nextInt(1, 13));
      case 2 -> PartialDate.ofDate(date(year));
      default -> PartialDate.ofDateTime(dateTime(year));
    };
  }

  private PartialDate dateInYears(int from, int to) {
    int year = random.nextInt(from, to + 1);
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofYearMonth(year, random.nextInt(1, 13));
      default -> PartialDate.ofDate(date(year));
    };
  }

  private int edgeYear() {
    return switch (random.nextInt(6)) {
      case 0 -> 1;
      case 1 -> 9999;
      case 2 -> 2024;
      default -> random.nextInt(1, 10000);
    };
  }

  private LocalDate date(int year) {
    if (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) && random.nextInt(4) == 0) {
      return LocalDate.of(year, 2, 29);
    }
    if (random.nextInt(5) == 0) {
      return random.nextBoolean() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }
    return LocalDate.ofYearDay(year, random.nextInt(1, 366));
  }

  private OffsetDateTime dateTime(int year) {
    int offsetMinutes =
        switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> 14 * 60;
          case 2 -> -12 * 60;
          default -> random.nextInt(-18 * 60, 18 * 60 + 1);
        };
    int nanos =
        switch (random.nextInt(3)) {
          case 0 -> 0;
          case 1 -> random.nextInt(1, 1000) * 1_000_000;
          default -> random.nextInt(0, 1_000_000_000);
        };
    return OffsetDateTime.of(
        date(year).atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos),
        ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
  }

  private double coordinate(double bound) {
    return switch (random.nextInt(6)) {
      case 0 -> bound;
      case 1 -> -bound;
      case 2 -> random.nextBoolean() ? 0.0 : -0.0;
      default -> (random.nextDouble() * 2 - 1) * bound;
    };
  }

  private String id(String prefix) {
    return prefix + "-" + (serial++) + (random.nextBoolean() ? "" : "." + word().charAt(0) + "_x");
  }

  private String word() {
    return pick(WORDS);
  }

  /** Text that is not blank: a word first, then words or, for exotic reports, any code points. */
  private String text(int maxLength) {
    StringBuilder text = new StringBuilder(word());
    int target = random.nextInt(1, (exotic ? maxLength : maxLength / 3) + 2);
    while (text.length() < target) {
      if (exotic && random.nextInt(3) == 0) {
        text.appendCodePoint(
            random.nextInt(4) == 0
                ? random.nextInt(0x20, 0x7f)
                : EXOTIC[random.nextInt(EXOTIC.length)]);
      } else {
        text.append(' ').append(word());
      }
    }
    return text.toString();
  }

  private Map<String, Object> extensions() {
    Map<String, Object> members = new LinkedHashMap<>();
    if (!extensions || random.nextInt(3) > 0) {
      return members;
    }
    for (int i = random.nextInt(1, 4); i > 0; i--) {
      members.put("x_" + word() + i, plainValue(0));
    }
    return members;
  }

  /** A value as a lenient reader makes it: Integer, Long or BigInteger by size; BigDecimal. */
  private Object plainValue(int depth) {
    int kind = random.nextInt(depth > 3 ? 7 : 9);
    return switch (kind) {
      case 0 -> text(15);
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextLong(1L + Integer.MAX_VALUE, Long.MAX_VALUE);
      case 4 ->
          BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(random.nextLong(2, 1000)));
      case 5 ->
          new BigDecimal(random.nextInt(-100000, 100000) + "." + random.nextInt(0, 1000) + "0");
      case 6 -> random.nextBoolean() ? "" : JsonNull.INSTANCE;
      case 7 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(0, 4); i > 0; i--) {
          list.add(plainValue(depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(0, 4); i > 0; i--) {
          map.put(word() + i, plainValue(depth + 1));
        }
        yield map;
      }
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
