package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.TextSpan;
import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class KargilReportTest {
  private final Report report = KargilReport.report();

  @Test
  void validatorFindsNothingInTheSeedReport() {
    ValidationResult result = ReportValidator.create().validate(report);

    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void bodyIsTheWholeArticle() {
    assertThat(report.body()).contains(KargilReport.article());
    assertThat(KargilReport.article())
        .startsWith(" date 2024-08-01 To lodge a protest")
        .endsWith("he demanded.")
        .hasSize(3549);
    assertThat(report.published()).isEqualTo(PartialDate.parse("2024-08-01"));
  }

  @Test
  void everyQuoteSpanCoversItsTextInTheBody() {
    String body = report.body().orElseThrow();
    for (Quote quote : report.quotes()) {
      TextSpan span = quote.span().orElseThrow();
      // the article is ASCII, so code-point offsets are string indexes
      assertThat(body.substring(span.start(), span.end())).as(quote.id()).isEqualTo(quote.text());
    }
  }

  @Test
  void directQuotesOfTheLetterAreAnsarisWithTheirVerbs() {
    List<String> verbs =
        report.quotes().stream()
            .filter(q -> q.kind() == QuoteKind.DIRECT)
            .peek(q -> assertThat(q.speaker()).contains("imran-ansari"))
            .peek(q -> assertThat(q.event()).contains("ansari-letter"))
            .map(q -> q.verb().orElseThrow())
            .collect(Collectors.toList());

    assertThat(verbs).containsExactly("wrote", "added", "added", "demanded");
  }

  @Test
  void lastQuoteIsAVariantOfAnEarlierOne() {
    Quote last = report.quotes().get(report.quotes().size() - 1);

    assertThat(last.verb()).contains("demanded");
    assertThat(last.variantOf()).contains("letter-escalation");
  }

  @Test
  void indirectSpeechIsKeptAsIndirectQuotes() {
    assertThat(report.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).map(Quote::id))
        .containsExactly("speakers-trend", "speakers-governments", "ansari-alleged");
  }

  @Test
  void rallyKeepsBothCrowdSizesAsReported() {
    Event rally = event("kargil-rally");

    assertThat(rally.category()).isEqualTo(EventCategory.PROTEST);
    assertThat(rally.mode()).contains(EventMode.DEMO);
    assertThat(rally.size().orElseThrow().reported()).containsExactly("thousands", "hundreds");
    assertThat(rally.size().orElseThrow().low()).isEmpty();
    assertThat(rally.participants())
        .contains(Participation.of("government-of-pakistan", Role.TARGET));
  }

  @Test
  void marchHasItsLeaderOrganizerAndLabel() {
    Event march = event("zadibal-march");

    assertThat(march.label()).contains("candlelight march");
    assertThat(march.location()).contains("imam-bargah-zadibal");
    assertThat(march.participants())
        .contains(
            Participation.of("syed-adeel", Role.LEADER),
            Participation.of("all-jk-shia-association", Role.ORGANIZER));
  }

  @Test
  void letterIsARequestFromAnsariToTheMinister() {
    Event letter = event("ansari-letter");

    assertThat(letter.category()).isEqualTo(EventCategory.REQUEST);
    assertThat(letter.participants())
        .containsExactly(
            Participation.of("imran-ansari", Role.AUTHOR),
            Participation.of("s-jaishankar", Role.ADDRESSEE));
  }

  @Test
  void laterEventsRespondToTheKillings() {
    for (String id : List.of("kargil-rally", "zadibal-march", "ansari-letter")) {
      assertThat(event(id).relations())
          .as(id)
          .containsExactly(EventRelation.of(RelationType.IN_RESPONSE_TO, "parachinar-killings"));
    }
    assertThat(event("parachinar-killings").mode()).contains(EventMode.TARGETED);
  }

  @Test
  void eventDatesAreUnknownAndStayAbsent() {
    assertThat(report.events()).allSatisfy(e -> assertThat(e.time()).isEmpty());
  }

  @Test
  void exampleProgramPrintsTheReportAndSaysValid() throws Exception {
    String out = StandardOutput.of(() -> KargilReportExample.main(new String[0]));

    assertThat(out)
        .startsWith("kargil-2024-08-01: 4 events, 9 actors, 3 locations, 7 quotes")
        .contains("zadibal-march        protest/demo candlelight march")
        .contains("valid\nno violations");
  }

  private Event event(String id) {
    return report.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
