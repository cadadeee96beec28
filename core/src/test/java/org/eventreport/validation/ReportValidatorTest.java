package org.eventreport.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eventreport.Count;
import org.eventreport.Report;
import org.eventreport.ValidReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportValidatorTest {
  private static final Violation COUNT_RANGE =
      new Violation(
          "/events/0/size",
          "count.range",
          Severity.ERROR,
          "low (5000) is greater than high (1000)");
  private static final Violation BLANK_TITLE =
      new Violation("/title", "text.blank", Severity.ERROR, FieldRulesCanaryTest.TEXT);
  private static final Violation NO_PARTICIPANTS =
      new Violation(
          "/events/0",
          "event.no-participants",
          Severity.WARNING,
          "a protest should have at least one participant");

  private static final ReportRule NEEDS_NO_TITLE =
      ReportRule.of(
          "acme.title-forbidden",
          Severity.WARNING,
          (report, sink) -> {
            if (report.title().isPresent()) {
              sink.add("/title", "acme reports have no title");
            }
          });

  /** Breaks count.range (a report rule) and text.blank (a field rule). */
  private static Report twoErrors() {
    return ReportRulesTest.countLowAboveHigh().toBuilder().title(" ").build();
  }

  @Test
  void defaultValidatorReportsBothErrors() {
    ValidationResult result = ReportValidator.create().validate(twoErrors());

    assertThat(result.violations()).containsExactly(COUNT_RANGE, BLANK_TITLE);
    assertThat(result.errors()).containsExactly(COUNT_RANGE, BLANK_TITLE);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.isValid()).isFalse();
    assertThat(result)
        .hasToString(
            "ERROR count.range at /events/0/size: low (5000) is greater than high (1000)\n"
                + "ERROR text.blank at /title: must not be blank");
  }

  @Test
  void createReturnsOneSharedValidatorEqualInEffectToABuiltOne() {
    assertThat(ReportValidator.create()).isSameAs(ReportValidator.create());
    assertThat(ReportValidator.builder().build().validate(twoErrors()))
        .isEqualTo(ReportValidator.create().validate(twoErrors()));
  }

  @Test
  void disableRemovesThatReportRulesViolations() {
    ReportValidator validator = ReportValidator.builder().disable("count.range").build();

    assertThat(validator.validate(twoErrors()).violations()).containsExactly(BLANK_TITLE);
    assertThat(validator.severityOf("count.range")).isEmpty();
  }

  @Test
  void disableRemovesThatFieldRulesViolations() {
    ReportValidator validator = ReportValidator.builder().disable("text.blank").build();

    assertThat(validator.validate(twoErrors()).violations()).containsExactly(COUNT_RANGE);
  }

  @Test
  void disablingEveryFieldRuleStillRunsTheReportRules() {
    ReportValidator.Builder builder = ReportValidator.builder();
    for (RuleCode code : RuleCode.values()) {
      if (code.isFieldRule()) {
        builder.disable(code.code());
      }
    }
    Report report = twoErrors().toBuilder().id("Not An Id").url("nope").build();

    assertThat(builder.build().validate(report).violations()).containsExactly(COUNT_RANGE);
  }

  @Test
  void enableTurnsADisabledRuleBackOn() {
    ReportValidator validator =
        ReportValidator.builder().disable("count.range").enable("count.range").build();

    assertThat(validator.validate(twoErrors()).violations())
        .containsExactly(COUNT_RANGE, BLANK_TITLE);
  }

  @Test
  void severityTurnsAnErrorIntoAWarningAndTheReportValid() {
    ReportValidator validator =
        ReportValidator.builder()
            .severity("count.range", Severity.WARNING)
            .severity("text.blank", Severity.WARNING)
            .build();

    ValidationResult result = validator.validate(twoErrors());

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                COUNT_RANGE.path(), COUNT_RANGE.code(), Severity.WARNING, COUNT_RANGE.message()),
            new Violation(
                BLANK_TITLE.path(), BLANK_TITLE.code(), Severity.WARNING, BLANK_TITLE.message()));
    assertThat(result.isValid()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).hasSize(2);
    assertThat(validator.severityOf("count.range")).contains(Severity.WARNING);
  }

  @Test
  void severityTurnsAWarningIntoAnErrorAndTheReportInvalid() {
    Report report = ReportRulesTest.protestWithoutParticipants();
    assertThat(ReportValidator.create().validate(report).isValid()).isTrue();

    ReportValidator validator =
        ReportValidator.builder().severity("event.no-participants", Severity.ERROR).build();
    ValidationResult result = validator.validate(report);

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "/events/0", "event.no-participants", Severity.ERROR, NO_PARTICIPANTS.message()));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void severityOfReportsDefaultsOverridesAndUnknownCodes() {
    ReportValidator validator =
        ReportValidator.builder()
            .severity("id.format", Severity.WARNING)
            .disable("span.range")
            .addRule(NEEDS_NO_TITLE)
            .build();

    assertThat(validator.severityOf("id.format")).contains(Severity.WARNING);
    assertThat(validator.severityOf("event.no-participants")).contains(Severity.WARNING);
    assertThat(validator.severityOf("count.range")).contains(Severity.ERROR);
    assertThat(validator.severityOf("span.range")).isEmpty();
    assertThat(validator.severityOf("acme.title-forbidden")).contains(Severity.WARNING);
    assertThat(validator.severityOf("acme.unknown")).isEmpty();
    assertThat(ReportValidator.create().severityOf("acme.title-forbidden")).isEmpty();
  }

  // ------------------------------------------------------------------ user rules

  @Test
  void userRuleAddsViolationsWithItsCodeAndDefaultSeverity() {
    ReportValidator validator = ReportValidator.builder().addRule(NEEDS_NO_TITLE).build();

    assertThat(validator.validate(ValidReports.report()).violations())
        .containsExactly(
            new Violation(
                "/title", "acme.title-forbidden", Severity.WARNING, "acme reports have no title"));
    assertThat(
            validator.validate(ValidReports.builder().title(Optional.empty()).build()).violations())
        .isEmpty();
  }

  @Test
  void userRuleViolationsComeWithTheBuiltInOnes() {
    ReportValidator validator = ReportValidator.builder().addRule(NEEDS_NO_TITLE).build();

    assertThat(validator.validate(twoErrors()).violations())
        .containsExactly(
            COUNT_RANGE,
            new Violation(
                "/title", "acme.title-forbidden", Severity.WARNING, "acme reports have no title"),
            BLANK_TITLE);
  }

  @Test
  void severityOverridesAUserRulesDefault() {
    ReportValidator validator =
        ReportValidator.builder()
            .addRule(NEEDS_NO_TITLE)
            .severity("acme.title-forbidden", Severity.ERROR)
            .build();

    ValidationResult result = validator.validate(ValidReports.report());

    assertThat(result.violations())
        .containsExactly(
            new Violation(
                "/title", "acme.title-forbidden", Severity.ERROR, "acme reports have no title"));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void disableTurnsAUserRuleOff() {
    boolean[] ran = {false};
    ReportRule rule =
        ReportRule.of(
            "acme.spy",
            Severity.ERROR,
            (report, sink) -> {
              ran[0] = true;
              sink.add("", "spied");
            });
    ReportValidator validator = ReportValidator.builder().disable("acme.spy").addRule(rule).build();

    assertThat(validator.validate(ValidReports.report()).violations()).isEmpty();
    assertThat(ran[0]).isFalse();
    assertThat(validator.severityOf("acme.spy")).isEmpty();
  }

  @Test
  void toBuilderKeepsRulesDisabledCodesAndSeverities() {
    ReportValidator original =
        ReportValidator.builder()
            .disable("text.blank")
            .severity("count.range", Severity.WARNING)
            .addRule(NEEDS_NO_TITLE)
            .build();

    ReportValidator copy = original.toBuilder().build();

    assertThat(copy.validate(twoErrors())).isEqualTo(original.validate(twoErrors()));
    assertThat(copy.validate(twoErrors()).violations())
        .containsExactly(
            new Violation(
                COUNT_RANGE.path(), COUNT_RANGE.code(), Severity.WARNING, COUNT_RANGE.message()),
            new Violation(
                "/title", "acme.title-forbidden", Severity.WARNING, "acme reports have no title"));
  }

  // ------------------------------------------------------------------ refused configurations

  @Test
  void builderRefusesUnknownCodeToDisable() {
    ReportValidator.Builder builder = ReportValidator.builder().disable("acme.nothing");

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessage("unknown rule code (acme.nothing): not built in and no added rule has it");
  }

  @Test
  void builderRefusesUnknownCodeForSeverity() {
    ReportValidator.Builder builder =
        ReportValidator.builder().severity("count.ranges", Severity.WARNING);

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessage("unknown rule code (count.ranges): not built in and no added rule has it");
  }

  /**
   * The Javadoc of {@link ReportValidator.Builder#build()} promises an IllegalArgumentException for
   * an unknown code given to {@code enable}, but {@code build()} checks only the disabled codes and
   * the severity overrides. This test documents the promised behaviour; it fails on the current
   * code (bug: ReportValidator.java, Builder.build() never checks enabled codes).
   */
  @Test
  void builderRefusesUnknownCodeToEnable() {
    ReportValidator.Builder builder = ReportValidator.builder().enable("acme.nothing");

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessage("unknown rule code (acme.nothing): not built in and no added rule has it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id.duplicate", "text.blank", "event.no-participants"})
  void builderRefusesUserRuleWithABuiltInCode(String code) {
    ReportRule rule = ReportRule.of(code, Severity.ERROR, (report, sink) -> {});

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportValidator.builder().addRule(rule))
        .withMessage("rule code (" + code + ") is a built-in rule's code");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Acme.rule",
        "acme rule",
        ".acme",
        "-acme",
        "_acme",
        "acme/rule",
        "acme.r\u00e9gle",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void builderRefusesMalformedUserRuleCodes(String code) {
    ReportRule rule = ReportRule.of(code, Severity.ERROR, (report, sink) -> {});

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportValidator.builder().addRule(rule))
        .withMessage("rule code (" + code + ") must be lowercase letters, digits, '.', '_' or '-'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "0",
        "acme.title-required",
        "acme_2.x-y",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void builderAcceptsWellFormedUserRuleCodes(String code) {
    ReportRule rule = ReportRule.of(code, Severity.ERROR, (report, sink) -> {});

    assertThat(ReportValidator.builder().addRule(rule).build().severityOf(code))
        .contains(Severity.ERROR);
  }

  @Test
  void builderRefusesTwoRulesWithOneCode() {
    ReportValidator.Builder builder = ReportValidator.builder().addRule(NEEDS_NO_TITLE);
    ReportRule same = ReportRule.of("acme.title-forbidden", Severity.ERROR, (report, sink) -> {});

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.addRule(same))
        .withMessage("rule code (acme.title-forbidden) was already added");
  }

  @Test
  void builderAndRuleFactoryRefuseNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> ReportValidator.builder().disable(null))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> ReportValidator.builder().severity("count.range", null))
        .withMessage("severity");
    assertThatNullPointerException()
        .isThrownBy(() -> ReportValidator.builder().addRule(null))
        .withMessage("rule");
    assertThatNullPointerException()
        .isThrownBy(() -> ReportRule.of(null, Severity.ERROR, (r, s) -> {}))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> ReportValidator.create().validate(null))
        .withMessage("report");
  }

  @Test
  void validateRefusesMalformedPathFromUserRule() {
    ReportValidator validator =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "acme.bad-path", Severity.ERROR, (report, sink) -> sink.add("events/0", "m")))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> validator.validate(ValidReports.report()))
        .withMessage("path (\"events/0\") must be a JSON Pointer: empty or starting with '/'");
  }

  @Test
  void validateRefusesNullPathOrMessageFromUserRule() {
    ReportValidator nullPath =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "acme.null-path", Severity.ERROR, (report, sink) -> sink.add(null, "m")))
            .build();
    ReportValidator nullMessage =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "acme.null-message", Severity.ERROR, (report, sink) -> sink.add("", null)))
            .build();

    assertThatNullPointerException()
        .isThrownBy(() -> nullPath.validate(ValidReports.report()))
        .withMessage("path");
    assertThatNullPointerException()
        .isThrownBy(() -> nullMessage.validate(ValidReports.report()))
        .withMessage("message");
  }

  // ------------------------------------------------------------------ order and threads

  @Test
  void sortsViolationsInDocumentOrderWithIndexesAsNumbers() {
    ReportValidator validator =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "acme.b",
                    Severity.ERROR,
                    (report, sink) -> {
                      sink.add("/events/10", "m");
                      sink.add("/events/2/label", "m");
                      sink.add("/events/2", "m");
                      sink.add("/quotes/0", "m");
                      sink.add("", "m");
                      sink.add("/events/9/participants/10/actor", "m");
                      sink.add("/events/9/participants/9/actor", "m");
                    }))
            .addRule(
                ReportRule.of(
                    "acme.a", Severity.WARNING, (report, sink) -> sink.add("/events/2", "m")))
            .build();

    assertThat(validator.validate(ValidReports.report()).violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            " acme.b",
            "/events/2 acme.a",
            "/events/2 acme.b",
            "/events/2/label acme.b",
            "/events/9/participants/9/actor acme.b",
            "/events/9/participants/10/actor acme.b",
            "/events/10 acme.b",
            "/quotes/0 acme.b");
  }

  @Test
  void sortsBuiltInViolationsOfManyEventsInDocumentOrder() {
    List<org.eventreport.Event> events = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      events.add(
          ValidReports.rally().toBuilder()
              .id("rally-" + i)
              .participants(List.of())
              .size(i % 2 == 0 ? Count.builder().low(2).high(1).build() : Count.exactly(1))
              .build());
    }
    Report report = ValidReports.builder().events(events).quotes(List.of()).build();

    List<Violation> violations = ReportValidator.create().validate(report).violations();

    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly(
            "/events/0",
            "/events/0/size",
            "/events/1",
            "/events/2",
            "/events/2/size",
            "/events/3",
            "/events/4",
            "/events/4/size",
            "/events/5",
            "/events/6",
            "/events/6/size",
            "/events/7",
            "/events/8",
            "/events/8/size",
            "/events/9",
            "/events/10",
            "/events/10/size",
            "/events/11");
  }

  @Test
  void validatesOneReportFromManyThreadsWithEqualResults() throws Exception {
    ReportValidator validator = ReportValidator.builder().addRule(NEEDS_NO_TITLE).build();
    Report report =
        twoErrors().toBuilder().quotes(ReportRulesTest.quoteVariantTwoCycle().quotes()).build();
    ValidationResult expected = validator.validate(report);
    assertThat(expected.violations()).hasSize(4);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<ValidationResult>>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(
            () -> {
              List<ValidationResult> results = new ArrayList<>();
              for (int i = 0; i < 200; i++) {
                results.add(validator.validate(report));
              }
              return results;
            });
      }
      List<ValidationResult> all = new ArrayList<>();
      for (Future<List<ValidationResult>> future : pool.invokeAll(tasks)) {
        all.addAll(future.get(60, TimeUnit.SECONDS));
      }

      assertThat(all).hasSize(800).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    } finally {
      pool.shutdownNow();
    }
  }
}
