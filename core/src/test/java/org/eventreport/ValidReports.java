package org.eventreport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small but complete valid report, the base that the validation tests derive broken reports from
 * (with {@code toBuilder()}): three actors, one location, two events (a protest with participants,
 * a count, claims, evidence and a coding, and a letter responding to it) and two quotes (a direct
 * one with a code-point span into the body, and an indirect one without a span).
 *
 * <p>Index map, for paths in assertions:
 *
 * <pre>
 * /actors/0     imran-ansari            person, affiliated with /actors/1
 * /actors/1     shia-association        organization
 * /actors/2     government-of-pakistan  government
 * /locations/0  kargil                  district, with coordinates and a GeoNames id
 * /events/0     kargil-rally            protest (demo) at kargil, 3 participants, size, claims
 * /events/1     ansari-letter           request, author and addressee, in_response_to kargil-rally
 * /quotes/0     not-silent              direct, span 76..99, speaker imran-ansari, event ansari-letter
 * /quotes/1     killings-must-stop      indirect, no span, event kargil-rally
 * </pre>
 */
public final class ValidReports {
  /** The report's body: 224 code points, ASCII only, so code points and chars coincide. */
  public static final String BODY =
      "Thousands rallied in Kargil on 31 July against the killings in Parachinar."
          + " \"We will not stay silent\", said Imran Ansari, head of the association,"
          + " in a letter to the Pakistani Government. Speakers said the killings must stop.";

  /** The direct quote's words, at code points 76 (inclusive) to 99 (exclusive) of {@link #BODY}. */
  public static final String QUOTE_TEXT = "We will not stay silent";

  public static final int QUOTE_START = 76;
  public static final int QUOTE_END = 99;

  public static final PartialDate PUBLISHED = PartialDate.parse("2024-08-01");

  private ValidReports() {}

  public static Actor ansari() {
    return Actor.builder()
        .id("imran-ansari")
        .name("Imran Ansari")
        .kind(ActorKind.PERSON)
        .addAliases("Ansari")
        .addTitles("head of the association")
        .addAffiliations("shia-association")
        .country("IN")
        .religion("Shia Islam")
        .wikidata("Q4242")
        .build();
  }

  public static Actor association() {
    return Actor.builder()
        .id("shia-association")
        .name("All J&K Shia Association")
        .kind(ActorKind.ORGANIZATION)
        .addAliases("AJKSA")
        .country("IN")
        .build();
  }

  public static Actor pakistan() {
    return Actor.builder()
        .id("government-of-pakistan")
        .name("Pakistani Government")
        .kind(ActorKind.GOVERNMENT)
        .country("PK")
        .build();
  }

  public static Location kargil() {
    return Location.builder()
        .id("kargil")
        .name("Kargil")
        .kind(LocationKind.DISTRICT)
        .country("IN")
        .admin1("Ladakh")
        .admin2("Kargil")
        .locality("Kargil")
        .coordinates(Coordinates.of(34.55, 76.13))
        .precision(LocationPrecision.LOCALITY)
        .geonamesId(1267776L)
        .build();
  }

  public static Event rally() {
    return Event.builder()
        .id("kargil-rally")
        .category(EventCategory.PROTEST)
        .mode(EventMode.DEMO)
        .label("rally")
        .summary("A rally in Kargil against the killings in Parachinar.")
        .time(EventTime.on(PartialDate.parse("2024-07-31")))
        .location("kargil")
        .addParticipants(
            Participation.of("shia-association", Role.ORGANIZER),
            Participation.of("imran-ansari", Role.SPEAKER),
            Participation.of("government-of-pakistan", Role.TARGET))
        .size(Count.builder().low(1000).high(9000).best(3000).addReported("thousands").build())
        .addClaims("justice for the victims", "an end to the killings")
        .addEvidence(TextSpan.of(0, 74))
        .addCodings(
            Coding.builder().scheme("acled").code("Peaceful protest").version("2024").build())
        .build();
  }

  public static Event letter() {
    return Event.builder()
        .id("ansari-letter")
        .category(EventCategory.REQUEST)
        .label("letter")
        .time(EventTime.on(PartialDate.parse("2024-08")))
        .addParticipants(
            Participation.of("imran-ansari", Role.AUTHOR),
            Participation.of("government-of-pakistan", Role.ADDRESSEE))
        .addRelations(EventRelation.of(RelationType.IN_RESPONSE_TO, "kargil-rally"))
        .addEvidence(TextSpan.of(146, 186))
        .build();
  }

  public static Quote notSilent() {
    return Quote.builder()
        .id("not-silent")
        .text(QUOTE_TEXT)
        .kind(QuoteKind.DIRECT)
        .speaker("imran-ansari")
        .verb("said")
        .event("ansari-letter")
        .span(TextSpan.of(QUOTE_START, QUOTE_END))
        .build();
  }

  public static Quote killingsMustStop() {
    return Quote.builder()
        .id("killings-must-stop")
        .text("the killings must stop")
        .kind(QuoteKind.INDIRECT)
        .verb("said")
        .event("kargil-rally")
        .build();
  }

  /** The valid report. */
  public static Report report() {
    return Report.builder()
        .id("kargil-rally-2024-08-01")
        .title("Protest in Kargil against the Parachinar killings")
        .publisher("Example News")
        .url("https://example.org/news/kargil-rally")
        .published(PUBLISHED)
        .language("en")
        .body(BODY)
        .addActors(ansari(), association(), pakistan())
        .addLocations(kargil())
        .addEvents(rally(), letter())
        .addQuotes(notSilent(), killingsMustStop())
        .build();
  }

  /** A builder holding the valid report. */
  public static Report.Builder builder() {
    return report().toBuilder();
  }

  /** The valid report with actor {@code index} changed by {@code change}. */
  public static Report withActor(int index, UnaryOperator<Actor> change) {
    Report report = report();
    return report.toBuilder().actors(replace(report.actors(), index, change)).build();
  }

  /** The valid report with location {@code index} changed by {@code change}. */
  public static Report withLocation(int index, UnaryOperator<Location> change) {
    Report report = report();
    return report.toBuilder().locations(replace(report.locations(), index, change)).build();
  }

  /** The valid report with event {@code index} changed by {@code change}. */
  public static Report withEvent(int index, UnaryOperator<Event> change) {
    Report report = report();
    return report.toBuilder().events(replace(report.events(), index, change)).build();
  }

  /** The valid report with quote {@code index} changed by {@code change}. */
  public static Report withQuote(int index, UnaryOperator<Quote> change) {
    Report report = report();
    return report.toBuilder().quotes(replace(report.quotes(), index, change)).build();
  }

  /** A copy of {@code list} with element {@code index} changed by {@code change}. */
  public static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }
}
