package org.eventreport.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Valid reports for the schema's tests: {@link #full()}, one report that sets every member of every
 * type, and {@link #report(SplittableRandom)}, seeded random reports that pass the validator.
 *
 * <p>A small stand-in for the shared {@code RandomReports} generator; the schema tests can switch
 * to it once it is on this branch (same signature).
 */
public final class SchemaSampleReports {
  private static final String[] WORDS = {
    "protest",
    "rally",
    "Kargil",
    "Srinagar",
    "Zadibal",
    "candlelight",
    "march",
    "letter",
    "Minister",
    "Shia",
    "سلام",
    "कारगिल",
    "日本語",
    "Ünïcödé",
    "naïve",
    "🕯️",
    "𝔘𝔫𝔦",
    "tab\tand",
    "line\nbreak",
    "\"quoted\"",
    "back\\slash",
    "  padded  ",
    "x"
  };
  private static final String[] LANGUAGES = {
    "en",
    "fr",
    "ur",
    "hi",
    "pt-BR",
    "zh-Hant-TW",
    "sr-Latn-RS",
    "es-419",
    "de-CH-1996",
    "en-US-x-twain",
    "EN-gb"
  };
  private static final String[] SCHEMES = {"acled", "cameo", "plover", "ucdp-ged", "x.custom_1"};
  private static final String[] COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
          .sorted()
          .toArray(String[]::new);

  private SchemaSampleReports() {}

  /** A report in which every member of every type is set, valid for the validator. */
  public static Report full() {
    String quote = "We demand justice, now.";
    String variant = "We demand justice now";
    String body = "Thousands marched. \"" + quote + "\" he said. Later: \"" + variant + "\".";
    int quoteStart = body.indexOf(quote);
    int variantStart = body.indexOf(variant);
    Actor association =
        Actor.builder()
            .id("association")
            .name("All J&K Shia Association")
            .kind(ActorKind.ORGANIZATION)
            .addAliases("AJKSA")
            .country("IN")
            .religion("Shia Islam")
            .wikidata("Q42")
            .build();
    Actor ansari =
        Actor.builder()
            .id("ansari")
            .name("Imran Ansari")
            .kind(ActorKind.PERSON)
            .addAliases("Ansari")
            .addTitles("head of the association")
            .addAffiliations("association")
            .country("IN")
            .religion("Shia")
            .wikidata("Q1156")
            .build();
    Actor minister =
        Actor.builder()
            .id("jaishankar")
            .name("S Jaishankar")
            .kind(ActorKind.PERSON)
            .addTitles("External Affairs Minister")
            .build();
    Location srinagar =
        Location.builder()
            .id("zadibal")
            .name("Imam Bargah Zadibal")
            .kind(LocationKind.SITE)
            .country("IN")
            .admin1("Jammu and Kashmir")
            .admin2("Srinagar")
            .locality("Srinagar")
            .coordinates(Coordinates.of(34.1, 74.8))
            .precision(LocationPrecision.NEAR)
            .geonamesId(1255634L)
            .build();
    Event march =
        Event.builder()
            .id("march")
            .category(EventCategory.PROTEST)
            .mode(EventMode.DEMO)
            .label("candlelight march")
            .summary("A candlelight march at Imam Bargah Zadibal.")
            .status(EventStatus.OCCURRED)
            .time(
                EventTime.builder()
                    .start(PartialDate.parse("2024-07-30T18:30:00+05:30"))
                    .end(PartialDate.parse("2024-07-31"))
                    .build())
            .location("zadibal")
            .addParticipants(Participation.of("association", Role.ORGANIZER))
            .size(Count.builder().low(1000).high(5000).best(2000).addReported("thousands").build())
            .fatalities(Count.exactly(0))
            .injuries(Count.reported("several"))
            .arrests(Count.builder().high(10).build())
            .addClaims("justice for the victims")
            .addEvidence(TextSpan.of(0, 18))
            .addCodings(
                Coding.builder().scheme("acled").code("Peaceful protest").version("2023").build())
            .build();
    Event letter =
        Event.builder()
            .id("letter")
            .category(EventCategory.REQUEST)
            .mode(EventMode.CHANGE)
            .status(EventStatus.OCCURRED)
            .time(EventTime.on(PartialDate.parse("2024-07")))
            .addParticipants(Participation.of("ansari", Role.AUTHOR))
            .addParticipants(Participation.of("jaishankar", Role.ADDRESSEE))
            .addRelations(EventRelation.of(RelationType.FOLLOWS, "march"))
            .addCodings(Coding.of("cameo", "1041"))
            .build();
    Quote first =
        Quote.builder()
            .id("q1")
            .text(quote)
            .kind(QuoteKind.DIRECT)
            .speaker("ansari")
            .verb("said")
            .event("letter")
            .span(TextSpan.of(quoteStart, quoteStart + quote.length()))
            .build();
    Quote second =
        Quote.builder()
            .id("q2")
            .text(variant)
            .kind(QuoteKind.DIRECT)
            .speaker("ansari")
            .verb("added")
            .event("letter")
            .span(TextSpan.of(variantStart, variantStart + variant.length()))
            .variantOf("q1")
            .build();
    return Report.builder()
        .id("full-2024-08-01")
        .schemaVersion(Report.SCHEMA_VERSION)
        .title("Every member of every type")
        .publisher("Example News")
        .url("https://example.org/news/2024/08/01/full?x=1#top")
        .published(PartialDate.parse("2024-08-01"))
        .language("en-IN")
        .body(body)
        .addEvents(march, letter)
        .addActors(association, ansari, minister)
        .addLocations(srinagar)
        .addQuotes(first, second)
        .build();
  }

  /** A random report that the validator accepts, the same for the same seed. */
  public static Report report(SplittableRandom random) {
    Report.Builder report = Report.builder().id(id(random, "r"));
    int year = 1990 + random.nextInt(40);
    report.published(
        switch (random.nextInt(4)) {
          case 0 -> PartialDate.ofYear(year);
          case 1 -> PartialDate.parse(year + "-0" + (1 + random.nextInt(9)));
          case 2 -> PartialDate.parse(year + "-12-" + (10 + random.nextInt(22)));
          default -> PartialDate.parse(year + "-06-15T12:00:00.5-03:30");
        });
    if (random.nextBoolean()) {
      report.title(text(random));
    }
    if (random.nextBoolean()) {
      report.publisher(text(random));
    }
    if (random.nextBoolean()) {
      report.url(
          (random.nextBoolean() ? "https" : "HTTP")
              + "://news"
              + random.nextInt(100)
              + ".example.org/a/"
              + random.nextInt(1000)
              + "?q=1");
    }
    report.language(pick(random, LANGUAGES));
    if (random.nextInt(10) == 0) {
      report.schemaVersion("1." + random.nextInt(5));
    }

    int actorCount = 1 + random.nextInt(4);
    List<String> actorIds = new ArrayList<>();
    for (int i = 0; i < actorCount; i++) {
      String actorId = "a" + i + id(random, "");
      Actor.Builder actor =
          Actor.builder().id(actorId).name(text(random)).kind(pick(random, ActorKind.values()));
      for (int k = random.nextInt(3); k > 0; k--) {
        actor.addAliases(text(random));
      }
      for (int k = random.nextInt(2); k > 0; k--) {
        actor.addTitles(text(random));
      }
      if (!actorIds.isEmpty() && random.nextBoolean()) {
        actor.addAffiliations(pick(random, actorIds));
      }
      if (random.nextBoolean()) {
        actor.country(pick(random, COUNTRIES));
      }
      if (random.nextBoolean()) {
        actor.religion(text(random));
      }
      if (random.nextBoolean()) {
        actor.wikidata("Q" + (1 + random.nextLong(Long.MAX_VALUE / 2)) % 1_000_000_000_000L);
      }
      report.addActors(actor.build());
      actorIds.add(actorId);
    }

    List<String> locationIds = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String locationId = "l" + i + id(random, "");
      Location.Builder location =
          Location.builder()
              .id(locationId)
              .name(text(random))
              .kind(pick(random, LocationKind.values()))
              .country(pick(random, COUNTRIES));
      if (random.nextBoolean()) {
        location.admin1(text(random));
      }
      if (random.nextBoolean()) {
        location.admin2(text(random));
      }
      if (random.nextBoolean()) {
        location.locality(text(random));
      }
      if (random.nextBoolean()) {
        double latitude =
            random.nextInt(5) == 0
                ? 90.0 * (random.nextBoolean() ? 1 : -1)
                : random.nextDouble(-90.0, 90.0);
        double longitude =
            random.nextInt(5) == 0
                ? 180.0 * (random.nextBoolean() ? 1 : -1)
                : random.nextDouble(-180.0, 180.0);
        location.coordinates(Coordinates.of(latitude, longitude));
      }
      if (random.nextBoolean()) {
        location.precision(pick(random, LocationPrecision.values()));
      }
      if (random.nextBoolean()) {
        location.geonamesId(1 + random.nextLong(Long.MAX_VALUE - 1));
      }
      report.addLocations(location.build());
      locationIds.add(locationId);
    }

    // The body: filler, then each quote's words, so that spans can point at them.
    StringBuilder body = new StringBuilder(text(random)).append(' ');
    int quoteCount = random.nextInt(4);
    List<String> quoteTexts = new ArrayList<>();
    List<Integer> quoteStarts = new ArrayList<>();
    for (int i = 0; i < quoteCount; i++) {
      String words = text(random);
      quoteStarts.add(body.codePointCount(0, body.length()));
      quoteTexts.add(words);
      body.append(words).append(". ");
    }
    boolean withBody = quoteCount > 0 || random.nextBoolean();
    int bodyLength = body.codePointCount(0, body.length());
    if (withBody) {
      report.body(body.toString());
    }

    int eventCount = 1 + random.nextInt(4);
    List<String> eventIds = new ArrayList<>();
    for (int i = 0; i < eventCount; i++) {
      String eventId = "e" + i + id(random, "");
      EventCategory category = pick(random, EventCategory.values());
      Event.Builder event = Event.builder().id(eventId).category(category);
      if (!category.modes().isEmpty() && random.nextBoolean()) {
        event.mode(pick(random, category.modes().toArray(EventMode[]::new)));
      }
      if (random.nextBoolean()) {
        event.label(text(random));
      }
      if (random.nextBoolean()) {
        event.summary(text(random));
      }
      if (random.nextBoolean()) {
        event.status(pick(random, EventStatus.values()));
      }
      if (random.nextBoolean() && year > 1991) {
        int startYear = year - 1 - random.nextInt(1);
        EventTime.Builder time = EventTime.builder();
        boolean start = random.nextBoolean();
        if (start) {
          time.start(PartialDate.ofYear(startYear));
        }
        if (!start || random.nextBoolean()) {
          time.end(PartialDate.parse(startYear + "-11-30T23:59:59Z"));
        }
        event.time(time.build());
      }
      if (!locationIds.isEmpty() && random.nextBoolean()) {
        event.location(pick(random, locationIds));
      }
      event.addParticipants(Participation.of(pick(random, actorIds), pick(random, Role.values())));
      if (category.requiresRecipient()) {
        event.addParticipants(
            Participation.of(
                pick(random, actorIds), random.nextBoolean() ? Role.TARGET : Role.ADDRESSEE));
      }
      if (random.nextBoolean()) {
        event.size(count(random));
      }
      if (random.nextInt(3) == 0) {
        event.fatalities(count(random));
      }
      if (random.nextInt(3) == 0) {
        event.injuries(count(random));
      }
      if (random.nextInt(3) == 0) {
        event.arrests(count(random));
      }
      for (int k = random.nextInt(3); k > 0; k--) {
        event.addClaims(text(random));
      }
      if (!eventIds.isEmpty() && random.nextBoolean()) {
        // Only to earlier events: no self relation, no part_of cycle.
        event.addRelations(
            EventRelation.of(pick(random, RelationType.values()), pick(random, eventIds)));
      }
      if (withBody && random.nextBoolean()) {
        int start = random.nextInt(bodyLength + 1);
        event.addEvidence(TextSpan.of(start, start + random.nextInt(bodyLength - start + 1)));
      }
      for (int k = random.nextInt(2); k > 0; k--) {
        Coding.Builder coding = Coding.builder().scheme(pick(random, SCHEMES)).code(text(random));
        if (random.nextBoolean()) {
          coding.version(text(random));
        }
        event.addCodings(coding.build());
      }
      report.addEvents(event.build());
      eventIds.add(eventId);
    }

    List<String> quoteIds = new ArrayList<>();
    for (int i = 0; i < quoteCount; i++) {
      String quoteId = "q" + i + id(random, "");
      String words = quoteTexts.get(i);
      Quote.Builder quote =
          Quote.builder().id(quoteId).text(words).kind(pick(random, QuoteKind.values()));
      if (random.nextBoolean()) {
        quote.speaker(pick(random, actorIds));
      }
      if (random.nextBoolean()) {
        quote.verb(text(random));
      }
      if (random.nextBoolean()) {
        quote.event(pick(random, eventIds));
      }
      if (random.nextBoolean()) {
        int start = quoteStarts.get(i);
        quote.span(TextSpan.of(start, start + words.codePointCount(0, words.length())));
      }
      if (!quoteIds.isEmpty() && random.nextBoolean()) {
        quote.variantOf(pick(random, quoteIds)); // an earlier quote: no cycle
      }
      report.addQuotes(quote.build());
      quoteIds.add(quoteId);
    }
    return report.build();
  }

  private static Count count(SplittableRandom random) {
    Count.Builder count = Count.builder();
    long low = random.nextInt(10) == 0 ? 0 : random.nextLong(1_000_000);
    long best = low + random.nextLong(1_000);
    long high = random.nextInt(20) == 0 ? Long.MAX_VALUE : best + random.nextLong(1_000);
    boolean any = false;
    if (random.nextBoolean()) {
      count.low(low);
      any = true;
    }
    if (random.nextBoolean()) {
      count.best(best);
      any = true;
    }
    if (random.nextBoolean()) {
      count.high(high);
      any = true;
    }
    if (!any || random.nextBoolean()) {
      count.addReported(text(random));
    }
    return count.build();
  }

  /** One to four words; never blank. */
  private static String text(SplittableRandom random) {
    StringBuilder out = new StringBuilder(pick(random, WORDS));
    for (int i = random.nextInt(4); i > 0; i--) {
      out.append(' ').append(pick(random, WORDS));
    }
    return out.toString();
  }

  /** A valid id: a prefix and up to 20 characters of the id alphabet. */
  private static String id(SplittableRandom random, String prefix) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-";
    StringBuilder out = new StringBuilder(prefix);
    if (out.length() == 0) {
      out.append('-');
    }
    for (int i = random.nextInt(20); i > 0; i--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
