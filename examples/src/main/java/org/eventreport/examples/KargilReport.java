package org.eventreport.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.eventreport.TextSpan;

/**
 * The seed article of 2024-08-01 (a rally in Kargil, a candlelight march in Srinagar and a letter
 * to India's External Affairs Minister, all answering killings in Parachinar, Pakistan) built as a
 * {@link Report} with the public API. This is the one place its content is written down: the
 * example program, the tests and the golden JSON file all start from it.
 */
public final class KargilReport {
  /** The classpath resource holding the article's text, used as the report's body. */
  public static final String ARTICLE_RESOURCE = "/kargil-2024-08-01.txt";

  /**
   * The classpath resource holding the report as JSON, exactly as {@code
   * ReportJson.strict().writePretty(report())} writes it: the golden file of the JSON format.
   */
  public static final String JSON_RESOURCE = "/kargil-2024-08-01.json";

  private KargilReport() {}

  /** The article's text, exactly as published (3,549 code points). */
  public static String article() {
    try (InputStream in = KargilReport.class.getResourceAsStream(ARTICLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + ARTICLE_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole report, with the article as its body. */
  public static Report report() {
    return Report.builder()
        .id("kargil-2024-08-01")
        .title("Protests in Kargil and Srinagar against the killing of Shias in Parachinar")
        .published(PartialDate.parse("2024-08-01"))
        .language("en")
        .body(article())
        .addActors(
            Actor.builder()
                .id("shia-muslims-parachinar")
                .name("Shia Muslims of Parachinar")
                .kind(ActorKind.GROUP)
                .country("PK")
                .religion("Shia Islam")
                .build(),
            Actor.builder()
                .id("government-of-pakistan")
                .name("Pakistani Government")
                .kind(ActorKind.GOVERNMENT)
                .country("PK")
                .build(),
            Actor.builder()
                .id("protesters-kargil")
                .name("protesters in Kargil")
                .kind(ActorKind.GROUP)
                .country("IN")
                .build(),
            Actor.builder()
                .id("speakers-kargil")
                .name("speakers at the Kargil rally")
                .kind(ActorKind.GROUP)
                .country("IN")
                .build(),
            Actor.builder()
                .id("all-jk-shia-association")
                .name("All J&K Shia Association")
                .kind(ActorKind.ORGANIZATION)
                .addAliases("All Jammu and Kashmir Shia Association")
                .country("IN")
                .religion("Shia Islam")
                .build(),
            Actor.builder()
                .id("syed-adeel")
                .name("Molvi Syed Adeel")
                .kind(ActorKind.PERSON)
                .addTitles("Molvi")
                .country("IN")
                .build(),
            Actor.builder()
                .id("imran-ansari")
                .name("Imran Ansari")
                .kind(ActorKind.PERSON)
                .addTitles("head of the All Jammu and Kashmir Shia Association")
                .addAffiliations("all-jk-shia-association")
                .country("IN")
                .build(),
            Actor.builder()
                .id("government-of-india")
                .name("Union Government")
                .kind(ActorKind.GOVERNMENT)
                .addAliases("Centre", "Indian government")
                .country("IN")
                .build(),
            Actor.builder()
                .id("s-jaishankar")
                .name("S Jaishankar")
                .kind(ActorKind.PERSON)
                .addTitles("External Affairs Minister")
                .addAffiliations("government-of-india")
                .country("IN")
                .build())
        .addLocations(
            Location.builder()
                .id("parachinar")
                .name("Parachinar")
                .kind(LocationKind.LOCALITY)
                .country("PK")
                .admin1("Khyber Pakhtunkhwa")
                .admin2("Kurram")
                .locality("Parachinar")
                .build(),
            Location.builder()
                .id("kargil")
                .name("Kargil district")
                .kind(LocationKind.DISTRICT)
                .country("IN")
                .admin1("Ladakh")
                .admin2("Kargil")
                .build(),
            Location.builder()
                .id("imam-bargah-zadibal")
                .name("Imam Bargah Zadibal")
                .kind(LocationKind.SITE)
                .country("IN")
                .admin1("Jammu and Kashmir")
                .admin2("Srinagar")
                .locality("Srinagar")
                .build())
        .addEvents(
            Event.builder()
                .id("parachinar-killings")
                .category(EventCategory.ASSAULT)
                .mode(EventMode.TARGETED)
                .label("cold-blooded killing")
                .summary("Targeted killings of Shia Muslims in the Parachinar area of Pakistan.")
                .location("parachinar")
                .addParticipants(Participation.of("shia-muslims-parachinar", Role.VICTIM))
                .addEvidence(TextSpan.of(433, 508))
                .build(),
            Event.builder()
                .id("kargil-rally")
                .category(EventCategory.PROTEST)
                .mode(EventMode.DEMO)
                .label("massive protest rally")
                .summary("A rally in Kargil against the killing of Shias in Parachinar.")
                .location("kargil")
                .addParticipants(
                    Participation.of("protesters-kargil", Role.PARTICIPANT),
                    Participation.of("speakers-kargil", Role.SPEAKER),
                    Participation.of("government-of-pakistan", Role.TARGET))
                .size(Count.reported("thousands", "hundreds"))
                .addClaims(
                    "condemned the targeted killing of Shia Muslims in Pakistan",
                    "criticized the civil society of Pakistan for maintaining criminal silence")
                .addRelations(EventRelation.of(RelationType.IN_RESPONSE_TO, "parachinar-killings"))
                .addEvidence(TextSpan.of(104, 205), TextSpan.of(363, 424))
                .build(),
            Event.builder()
                .id("zadibal-march")
                .category(EventCategory.PROTEST)
                .mode(EventMode.DEMO)
                .label("candlelight march")
                .summary(
                    "A candlelight march at Imam Bargah Zadibal, Srinagar, led by Molvi Syed"
                        + " Adeel.")
                .location("imam-bargah-zadibal")
                .addParticipants(
                    Participation.of("all-jk-shia-association", Role.ORGANIZER),
                    Participation.of("syed-adeel", Role.LEADER),
                    Participation.of("syed-adeel", Role.SPEAKER))
                .addClaims(
                    "justice for the innocent lives lost",
                    "the Indian government take immediate action to pressure Pakistan")
                .addRelations(EventRelation.of(RelationType.IN_RESPONSE_TO, "parachinar-killings"))
                .addEvidence(TextSpan.of(1327, 1424))
                .build(),
            Event.builder()
                .id("ansari-letter")
                .category(EventCategory.REQUEST)
                .label("letter")
                .summary(
                    "Imran Ansari asks External Affairs Minister S Jaishankar to take a strong"
                        + " stand.")
                .addParticipants(
                    Participation.of("imran-ansari", Role.AUTHOR),
                    Participation.of("s-jaishankar", Role.ADDRESSEE))
                .addClaims(
                    "take a strong stand against the persecution of the Shia community in Pakistan")
                .addRelations(EventRelation.of(RelationType.IN_RESPONSE_TO, "parachinar-killings"))
                .addEvidence(TextSpan.of(2672, 2738))
                .build())
        .addQuotes(
            Quote.builder()
                .id("speakers-trend")
                .text(
                    "this is not the first of its kind incident in Pakistan but Shia target killing"
                        + " has remained a trend in the country")
                .kind(QuoteKind.INDIRECT)
                .speaker("speakers-kargil")
                .verb("said")
                .event("kargil-rally")
                .span(TextSpan.of(817, 931))
                .build(),
            Quote.builder()
                .id("speakers-governments")
                .text(
                    "current and previous Governments in Pakistan have failed to provide security"
                        + " to the Shia community in Pakistan")
                .kind(QuoteKind.INDIRECT)
                .speaker("speakers-kargil")
                .verb("said")
                .event("kargil-rally")
                .span(TextSpan.of(948, 1058))
                .build(),
            Quote.builder()
                .id("letter-catastrophic")
                .text(
                    "I am writing to bring to your attention a catastrophic situation unfolding in"
                        + " Parachinar, Pakistan, where the Shia community is facing an existential"
                        + " threat from extremist groups. The situation is dire and immediate"
                        + " action is necessary to prevent a massacre")
                .kind(QuoteKind.DIRECT)
                .speaker("imran-ansari")
                .verb("wrote")
                .event("ansari-letter")
                .span(TextSpan.of(2412, 2669))
                .build(),
            Quote.builder()
                .id("ansari-alleged")
                .text(
                    "years of sectarian violence and apathy and inaction of the Pakistani"
                        + " government have emboldened extremist groups, leaving the Shia community"
                        + " vulnerable to further attacks")
                .kind(QuoteKind.INDIRECT)
                .speaker("imran-ansari")
                .verb("alleged")
                .event("ansari-letter")
                .span(TextSpan.of(2756, 2926))
                .build(),
            Quote.builder()
                .id("letter-escalation")
                .text(
                    "The recent escalation of violence has created a humanitarian crisis and it is"
                        + " imperative that India takes a strong stance to prevent further"
                        + " bloodshed")
                .kind(QuoteKind.DIRECT)
                .speaker("imran-ansari")
                .verb("added")
                .event("ansari-letter")
                .span(TextSpan.of(2930, 3080))
                .build(),
            Quote.builder()
                .id("letter-obligation")
                .text(
                    "India has a moral obligation to act, given its commitment to human rights and"
                        + " religious freedom")
                .kind(QuoteKind.DIRECT)
                .speaker("imran-ansari")
                .verb("added")
                .event("ansari-letter")
                .span(TextSpan.of(3095, 3190))
                .build(),
            Quote.builder()
                .id("letter-despite")
                .text(
                    "Despite years of sectarian violence, the Pakistani government's apathy and"
                        + " inaction have emboldened extremist groups, leaving the Shia communities"
                        + " vulnerable to further attacks. The recent escalation of violence has"
                        + " created a humanitarian crisis, and it is imperative that India takes a"
                        + " strong stance to prevent further bloodshed")
                .kind(QuoteKind.DIRECT)
                .speaker("imran-ansari")
                .verb("demanded")
                .event("ansari-letter")
                .span(TextSpan.of(3205, 3534))
                .variantOf("letter-escalation")
                .build())
        .build();
  }
}
