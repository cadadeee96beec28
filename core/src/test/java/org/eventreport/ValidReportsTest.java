package org.eventreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventreport.validation.ReportValidator;
import org.eventreport.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** The fixture every validation test starts from must itself be valid, and as rich as claimed. */
class ValidReportsTest {

  @Test
  void defaultValidatorFindsNoViolationInTheFixture() {
    ValidationResult result = ReportValidator.create().validate(ValidReports.report());

    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result).hasToString("no violations");
  }

  @Test
  void fixtureHasTheShapeTheTestsRelyOn() {
    Report report = ValidReports.report();

    assertThat(report.actors())
        .extracting(Actor::id)
        .containsExactly("imran-ansari", "shia-association", "government-of-pakistan");
    assertThat(report.locations()).extracting(Location::id).containsExactly("kargil");
    assertThat(report.events())
        .extracting(Event::id)
        .containsExactly("kargil-rally", "ansari-letter");
    assertThat(report.events().get(0).category()).isEqualTo(EventCategory.PROTEST);
    assertThat(report.events().get(0).participants()).hasSize(3);
    assertThat(report.quotes())
        .extracting(Quote::id)
        .containsExactly("not-silent", "killings-must-stop");
    assertThat(report.quotes())
        .extracting(Quote::kind)
        .containsExactly(QuoteKind.DIRECT, QuoteKind.INDIRECT);
    assertThat(report.body()).contains(ValidReports.BODY);
  }

  @Test
  void fixtureSpansCoverTheTextTheyClaimInCodePoints() {
    String body = ValidReports.BODY;

    assertThat(body.codePointCount(0, body.length())).isEqualTo(224);
    assertThat(slice(body, ValidReports.QUOTE_START, ValidReports.QUOTE_END))
        .isEqualTo(ValidReports.QUOTE_TEXT);
    assertThat(slice(body, 0, 74))
        .isEqualTo("Thousands rallied in Kargil on 31 July against the killings in Parachinar.");
    assertThat(slice(body, 146, 186)).isEqualTo("in a letter to the Pakistani Government.");
  }

  private static String slice(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }
}
