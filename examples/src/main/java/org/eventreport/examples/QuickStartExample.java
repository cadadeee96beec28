package org.eventreport.examples;

import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.json.ReportJson;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;

/**
 * The README's quick start, as a program: build a small report, validate it, write it as JSON. The
 * README shows the lines between the markers; a test keeps the two the same.
 */
public final class QuickStartExample {
  private QuickStartExample() {}

  /** Builds, validates and writes the quick start's report. */
  public static void main(String[] args) {
    // README quick start begin
    Report report =
        Report.builder()
            .id("kargil-2024-08-01")
            .published(PartialDate.parse("2024-08-01"))
            .language("en")
            .addActors(
                Actor.builder()
                    .id("imran-ansari")
                    .name("Imran Ansari")
                    .kind(ActorKind.PERSON)
                    .build())
            .addActors(
                Actor.builder()
                    .id("s-jaishankar")
                    .name("S Jaishankar")
                    .kind(ActorKind.PERSON)
                    .addTitles("External Affairs Minister")
                    .build())
            .addEvents(
                Event.builder()
                    .id("ansari-letter")
                    .category(EventCategory.REQUEST)
                    .label("letter")
                    .addParticipants(Participation.of("imran-ansari", Role.AUTHOR))
                    .addParticipants(Participation.of("s-jaishankar", Role.ADDRESSEE))
                    .build())
            .build();

    ValidationResult result = ReportValidator.create().validate(report);
    System.out.println(result); // "no violations", or one line per violation
    String json = ReportJson.strict().writePretty(report);
    // README quick start end
    System.out.print(json);
  }
}
