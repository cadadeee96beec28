package org.eventreport.json;

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
 * A report for the schema's tests that sets every member of every type, with fixed, readable
 * values; {@link RandomReports} makes the random ones.
 */
public final class SchemaSampleReports {

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
}
