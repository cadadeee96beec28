package org.eventreport.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventreport.ValidReports.builder;
import static org.eventreport.ValidReports.report;
import static org.eventreport.ValidReports.withActor;
import static org.eventreport.ValidReports.withEvent;
import static org.eventreport.ValidReports.withQuote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.EventStatus;
import org.eventreport.EventTime;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.TextSpan;
import org.eventreport.ValidReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report rule, each broken alone in a copy of {@link ValidReports#report()}: the whole list
 * of violations must be exactly the one expected violation.
 */
class ReportRulesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  static List<Violation> violations(Report report) {
    return VALIDATOR.validate(report).violations();
  }

  static Violation error(String path, RuleCode code, String message) {
    return new Violation(path, code.code(), Severity.ERROR, message);
  }

  static Violation warning(String path, RuleCode code, String message) {
    return new Violation(path, code.code(), Severity.WARNING, message);
  }

  // ------------------------------------------------------------------ broken reports, by rule

  static Report duplicateActorId() {
    return builder().addActors(ValidReports.ansari()).build();
  }

  static Report duplicateLocationId() {
    return builder().addLocations(ValidReports.kargil()).build();
  }

  static Report duplicateEventId() {
    return builder().addEvents(ValidReports.letter()).build();
  }

  static Report duplicateQuoteId() {
    return builder().addQuotes(ValidReports.killingsMustStop()).build();
  }

  static Report unresolvedParticipant() {
    return withEvent(
        1,
        e ->
            e.toBuilder()
                .participants(
                    List.of(
                        Participation.of("nobody", Role.AUTHOR),
                        Participation.of("government-of-pakistan", Role.ADDRESSEE)))
                .build());
  }

  static Report locationPointingAtAnActor() {
    return withEvent(0, e -> e.toBuilder().location("imran-ansari").build());
  }

  static Report countLowAboveHigh() {
    return withEvent(
        0, e -> e.toBuilder().size(Count.builder().low(5000).high(1000).build()).build());
  }

  static Report timeEndBeforeStart() {
    return withEvent(0, e -> e.toBuilder().time(time("2024-07-31", "2024-07-30")).build());
  }

  static Report occurredAfterPublication() {
    return withEvent(
        0, e -> e.toBuilder().time(EventTime.on(PartialDate.parse("2024-08-02"))).build());
  }

  static Report protestWithTargetedMode() {
    return withEvent(0, e -> e.toBuilder().mode(EventMode.TARGETED).build());
  }

  static Report recipientMissing(EventCategory category) {
    return withEvent(
        1,
        e ->
            e.toBuilder()
                .category(category)
                .participants(List.of(Participation.of("imran-ansari", Role.AUTHOR)))
                .build());
  }

  static Report protestWithoutParticipants() {
    return withEvent(0, e -> e.toBuilder().participants(List.of()).build());
  }

  static Report eventRelatingToItself() {
    return withEvent(
        1,
        e ->
            e.toBuilder()
                .relations(List.of(EventRelation.of(RelationType.IN_RESPONSE_TO, "ansari-letter")))
                .build());
  }

  static Report partOfTwoCycle() {
    Report report = report();
    List<Event> events = new ArrayList<>(report.events());
    events.set(0, events.get(0).toBuilder().addRelations(partOf("ansari-letter")).build());
    events.set(1, events.get(1).toBuilder().addRelations(partOf("kargil-rally")).build());
    return report.toBuilder().events(events).build();
  }

  static Report evidenceEndBeforeStart() {
    return withEvent(0, e -> e.toBuilder().evidence(List.of(TextSpan.of(74, 0))).build());
  }

  static Report evidencePastTheBody() {
    return withEvent(0, e -> e.toBuilder().evidence(List.of(TextSpan.of(200, 225))).build());
  }

  static Report quoteSpanShiftedByOne() {
    return withQuote(0, q -> q.toBuilder().span(TextSpan.of(77, 100)).build());
  }

  static Report directQuoteNotInBody() {
    return withQuote(
        0, q -> q.toBuilder().span(Optional.empty()).text("We will stay silent").build());
  }

  static Report quoteVariantOfItself() {
    return withQuote(1, q -> q.toBuilder().variantOf("killings-must-stop").build());
  }

  static Report quoteVariantTwoCycle() {
    Report report = report();
    List<Quote> quotes = new ArrayList<>(report.quotes());
    quotes.set(0, quotes.get(0).toBuilder().variantOf("killings-must-stop").build());
    quotes.set(1, quotes.get(1).toBuilder().variantOf("not-silent").build());
    return report.toBuilder().quotes(quotes).build();
  }

  // ------------------------------------------------------------------ helpers

  static EventTime time(String start, String end) {
    return EventTime.builder().start(PartialDate.parse(start)).end(PartialDate.parse(end)).build();
  }

  static EventRelation partOf(String event) {
    return EventRelation.of(RelationType.PART_OF, event);
  }

  /** An event that no report rule can object to, except through its relations. */
  static Event agree(String id, EventRelation... relations) {
    return Event.builder().id(id).category(EventCategory.AGREE).addRelations(relations).build();
  }

  static Quote indirect(String id, String variantOf) {
    return Quote.builder()
        .id(id)
        .text("words of " + id)
        .kind(QuoteKind.INDIRECT)
        .variantOf(variantOf)
        .build();
  }

  // ------------------------------------------------------------------ every code has a case

  /**
   * One report per rule code that produces that code: the report rules' from the helpers above, the
   * field rules' from {@link FieldRulesCanaryTest#cases()}. Adding a code without a test case makes
   * {@link #everyRuleCodeHasATestReport()} fail.
   */
  static Map<RuleCode, Supplier<Report>> oneReportPerCode() {
    Map<RuleCode, Supplier<Report>> reports = new EnumMap<>(RuleCode.class);
    reports.put(RuleCode.ID_DUPLICATE, ReportRulesTest::duplicateActorId);
    reports.put(RuleCode.REFERENCE_UNRESOLVED, ReportRulesTest::unresolvedParticipant);
    reports.put(RuleCode.REFERENCE_WRONG_KIND, ReportRulesTest::locationPointingAtAnActor);
    reports.put(RuleCode.COUNT_RANGE, ReportRulesTest::countLowAboveHigh);
    reports.put(RuleCode.TIME_END_BEFORE_START, ReportRulesTest::timeEndBeforeStart);
    reports.put(RuleCode.TIME_AFTER_PUBLICATION, ReportRulesTest::occurredAfterPublication);
    reports.put(RuleCode.EVENT_MODE_CATEGORY, ReportRulesTest::protestWithTargetedMode);
    reports.put(RuleCode.EVENT_RECIPIENT_REQUIRED, () -> recipientMissing(EventCategory.AID));
    reports.put(RuleCode.EVENT_NO_PARTICIPANTS, ReportRulesTest::protestWithoutParticipants);
    reports.put(RuleCode.RELATION_SELF, ReportRulesTest::eventRelatingToItself);
    reports.put(RuleCode.RELATION_PART_OF_CYCLE, ReportRulesTest::partOfTwoCycle);
    reports.put(RuleCode.SPAN_RANGE, ReportRulesTest::evidenceEndBeforeStart);
    reports.put(RuleCode.SPAN_OUTSIDE_BODY, ReportRulesTest::evidencePastTheBody);
    reports.put(RuleCode.QUOTE_SPAN_MISMATCH, ReportRulesTest::quoteSpanShiftedByOne);
    reports.put(RuleCode.QUOTE_NOT_FOUND, ReportRulesTest::directQuoteNotInBody);
    reports.put(RuleCode.QUOTE_VARIANT_SELF, ReportRulesTest::quoteVariantOfItself);
    reports.put(RuleCode.QUOTE_VARIANT_CYCLE, ReportRulesTest::quoteVariantTwoCycle);
    for (FieldRulesCanaryTest.Case fieldCase : FieldRulesCanaryTest.cases()) {
      reports.putIfAbsent(fieldCase.code(), fieldCase::report);
    }
    return reports;
  }

  @Test
  void everyRuleCodeHasATestReport() {
    assertThat(oneReportPerCode().keySet()).isEqualTo(EnumSet.allOf(RuleCode.class));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RuleCode.class)
  void everyRuleCodeIsProducedByItsTestReport(RuleCode code) {
    Supplier<Report> report = oneReportPerCode().get(code);

    assertThat(report).as("a test report for %s", code.code()).isNotNull();
    assertThat(violations(report.get())).extracting(Violation::code).containsExactly(code.code());
  }

  @Test
  void everyRuleIsAnErrorByDefaultExceptProtestWithoutParticipants() {
    for (RuleCode code : RuleCode.values()) {
      Severity expected =
          code == RuleCode.EVENT_NO_PARTICIPANTS ? Severity.WARNING : Severity.ERROR;
      assertThat(code.defaultSeverity()).as(code.code()).isEqualTo(expected);
    }
  }

  // ------------------------------------------------------------------ id.duplicate

  @Test
  void rejectsDuplicateActorId() {
    assertThat(violations(duplicateActorId()))
        .containsExactly(
            error(
                "/actors/3/id",
                RuleCode.ID_DUPLICATE,
                "id \"imran-ansari\" is already used at /actors/0"));
  }

  @Test
  void rejectsDuplicateLocationId() {
    assertThat(violations(duplicateLocationId()))
        .containsExactly(
            error(
                "/locations/1/id",
                RuleCode.ID_DUPLICATE,
                "id \"kargil\" is already used at /locations/0"));
  }

  @Test
  void rejectsDuplicateEventId() {
    assertThat(violations(duplicateEventId()))
        .containsExactly(
            error(
                "/events/2/id",
                RuleCode.ID_DUPLICATE,
                "id \"ansari-letter\" is already used at /events/1"));
  }

  @Test
  void rejectsDuplicateQuoteId() {
    assertThat(violations(duplicateQuoteId()))
        .containsExactly(
            error(
                "/quotes/2/id",
                RuleCode.ID_DUPLICATE,
                "id \"killings-must-stop\" is already used at /quotes/1"));
  }

  @Test
  void reportsEveryRepeatAgainstTheFirstUse() {
    Report report = builder().addActors(ValidReports.pakistan(), ValidReports.pakistan()).build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/actors/3/id",
                RuleCode.ID_DUPLICATE,
                "id \"government-of-pakistan\" is already used at /actors/2"),
            error(
                "/actors/4/id",
                RuleCode.ID_DUPLICATE,
                "id \"government-of-pakistan\" is already used at /actors/2"));
  }

  @Test
  void allowsTheSameIdForObjectsOfDifferentKinds() {
    Report report =
        builder()
            .addActors(ValidReports.pakistan().toBuilder().id("kargil").build())
            .addQuotes(ValidReports.killingsMustStop().toBuilder().id("kargil-rally").build())
            .build();

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ references

  static Stream<Arguments> unresolvedReferences() {
    return Stream.of(
        Arguments.of(
            "actor affiliation",
            withActor(0, a -> a.toBuilder().affiliations(List.of("nobody")).build()),
            "/actors/0/affiliations/0",
            "no actor has id \"nobody\" in /actors"),
        Arguments.of(
            "event location",
            withEvent(0, e -> e.toBuilder().location("nowhere").build()),
            "/events/0/location",
            "no location has id \"nowhere\" in /locations"),
        Arguments.of(
            "event participant",
            unresolvedParticipant(),
            "/events/1/participants/0/actor",
            "no actor has id \"nobody\" in /actors"),
        Arguments.of(
            "event relation",
            withEvent(
                1,
                e ->
                    e.toBuilder()
                        .relations(List.of(EventRelation.of(RelationType.FOLLOWS, "no-such-event")))
                        .build()),
            "/events/1/relations/0/event",
            "no event has id \"no-such-event\" in /events"),
        Arguments.of(
            "quote speaker",
            withQuote(0, q -> q.toBuilder().speaker("nobody").build()),
            "/quotes/0/speaker",
            "no actor has id \"nobody\" in /actors"),
        Arguments.of(
            "quote event",
            withQuote(0, q -> q.toBuilder().event("no-such-event").build()),
            "/quotes/0/event",
            "no event has id \"no-such-event\" in /events"),
        Arguments.of(
            "quote variantOf",
            withQuote(1, q -> q.toBuilder().variantOf("no-such-quote").build()),
            "/quotes/1/variantOf",
            "no quote has id \"no-such-quote\" in /quotes"));
  }

  @ParameterizedTest(name = "rejects dangling {0} reference")
  @MethodSource("unresolvedReferences")
  void rejectsDanglingReference(String what, Report report, String path, String message) {
    assertThat(violations(report))
        .containsExactly(error(path, RuleCode.REFERENCE_UNRESOLVED, message));
  }

  static Stream<Arguments> wrongKindReferences() {
    return Stream.of(
        Arguments.of(
            "event location at an actor",
            locationPointingAtAnActor(),
            "/events/0/location",
            "\"imran-ansari\" is an actor, not a location"),
        Arguments.of(
            "actor affiliation at a location",
            withActor(0, a -> a.toBuilder().affiliations(List.of("kargil")).build()),
            "/actors/0/affiliations/0",
            "\"kargil\" is a location, not an actor"),
        Arguments.of(
            "participant at a location",
            withEvent(
                0,
                e ->
                    e.toBuilder()
                        .participants(List.of(Participation.of("kargil", Role.ORGANIZER)))
                        .build()),
            "/events/0/participants/0/actor",
            "\"kargil\" is a location, not an actor"),
        Arguments.of(
            "relation at a quote",
            withEvent(
                1,
                e ->
                    e.toBuilder()
                        .relations(
                            List.of(EventRelation.of(RelationType.IN_RESPONSE_TO, "not-silent")))
                        .build()),
            "/events/1/relations/0/event",
            "\"not-silent\" is a quote, not an event"),
        Arguments.of(
            "quote speaker at an event",
            withQuote(0, q -> q.toBuilder().speaker("kargil-rally").build()),
            "/quotes/0/speaker",
            "\"kargil-rally\" is an event, not an actor"),
        Arguments.of(
            "quote event at a location",
            withQuote(0, q -> q.toBuilder().event("kargil").build()),
            "/quotes/0/event",
            "\"kargil\" is a location, not an event"),
        Arguments.of(
            "quote variantOf at an actor",
            withQuote(1, q -> q.toBuilder().variantOf("imran-ansari").build()),
            "/quotes/1/variantOf",
            "\"imran-ansari\" is an actor, not a quote"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("wrongKindReferences")
  void rejectsReferenceToTheWrongKind(String what, Report report, String path, String message) {
    assertThat(violations(report))
        .containsExactly(error(path, RuleCode.REFERENCE_WRONG_KIND, message));
  }

  // ------------------------------------------------------------------ count.range

  static Stream<Arguments> brokenCounts() {
    return Stream.of(
        Arguments.of(
            Count.builder().low(5000).high(1000).build(), "low (5000) is greater than high (1000)"),
        Arguments.of(
            Count.builder().low(5000).high(1000).best(3000).build(),
            "low (5000) is greater than high (1000)"),
        Arguments.of(
            Count.builder().low(1000).high(5000).best(6000).build(),
            "best (6000) is outside low..high (1000..5000)"),
        Arguments.of(
            Count.builder().low(1000).high(5000).best(999).build(),
            "best (999) is outside low..high (1000..5000)"),
        Arguments.of(
            Count.builder().low(1000).best(500).build(),
            "best (500) is outside low..high (1000..)"),
        Arguments.of(
            Count.builder().high(10).best(20).build(), "best (20) is outside low..high (..10)"));
  }

  @ParameterizedTest(name = "rejects size {0}")
  @MethodSource("brokenCounts")
  void rejectsCountOutOfOrder(Count count, String message) {
    Report report = withEvent(0, e -> e.toBuilder().size(count).build());

    assertThat(violations(report))
        .containsExactly(error("/events/0/size", RuleCode.COUNT_RANGE, message));
  }

  static Stream<Arguments> countAttributes() {
    return Stream.<Arguments>of(
        Arguments.of(
            "fatalities",
            (Function<Event.Builder, Event.Builder>) b -> b.fatalities(lowAboveHigh())),
        Arguments.of(
            "injuries", (Function<Event.Builder, Event.Builder>) b -> b.injuries(lowAboveHigh())),
        Arguments.of(
            "arrests", (Function<Event.Builder, Event.Builder>) b -> b.arrests(lowAboveHigh())));
  }

  static Count lowAboveHigh() {
    return Count.builder().low(3).high(2).build();
  }

  @ParameterizedTest(name = "rejects low above high in {0}")
  @MethodSource("countAttributes")
  void rejectsCountOutOfOrderInEveryCountAttribute(
      String attribute, Function<Event.Builder, Event.Builder> set) {
    Report report = withEvent(1, e -> set.apply(e.toBuilder()).build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/1/" + attribute,
                RuleCode.COUNT_RANGE,
                "low (3) is greater than high (2)"));
  }

  @Test
  void acceptsCountsWithEqualBoundsOrOnlyPhrases() {
    Report report =
        withEvent(
            0,
            e ->
                e.toBuilder()
                    .size(Count.exactly(5))
                    .fatalities(Count.builder().low(0).high(0).build())
                    .injuries(Count.reported("dozens"))
                    .arrests(Count.builder().best(7).build())
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ time

  @Test
  void rejectsEndBeforeStart() {
    assertThat(violations(timeEndBeforeStart()))
        .containsExactly(
            error(
                "/events/0/time/end",
                RuleCode.TIME_END_BEFORE_START,
                "end 2024-07-30 is before start 2024-07-31"));
  }

  @Test
  void acceptsEndInsideAStartOfCoarserPrecision() {
    Report report = withEvent(0, e -> e.toBuilder().time(time("2024-07", "2024-07-15")).build());

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void rejectsOccurredEventStartingAfterPublication() {
    assertThat(violations(occurredAfterPublication()))
        .containsExactly(
            error(
                "/events/0/time/start",
                RuleCode.TIME_AFTER_PUBLICATION,
                "an event that occurred cannot start (2024-08-02) after the report was published"
                    + " (2024-08-01)"));
  }

  @Test
  void rejectsExplicitlyOccurredEventStartingAfterPublication() {
    Report report =
        withEvent(
            0,
            e ->
                e.toBuilder()
                    .status(EventStatus.OCCURRED)
                    .time(EventTime.on(PartialDate.parse("2025")))
                    .build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/0/time/start",
                RuleCode.TIME_AFTER_PUBLICATION,
                "an event that occurred cannot start (2025) after the report was published"
                    + " (2024-08-01)"));
  }

  @Test
  void acceptsOccurredEventStartingOnThePublicationDay() {
    Report report =
        withEvent(
            0,
            e ->
                e.toBuilder()
                    .time(EventTime.on(PartialDate.parse("2024-08-01T18:00:00Z")))
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = EventStatus.class, names = "OCCURRED", mode = EnumSource.Mode.EXCLUDE)
  void acceptsEventNotOccurredStartingAfterPublication(EventStatus status) {
    Report report =
        withEvent(
            0,
            e ->
                e.toBuilder()
                    .status(status)
                    .time(EventTime.on(PartialDate.parse("2024-08-02")))
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ category rules

  @Test
  void rejectsModeOfAnotherCategory() {
    assertThat(violations(protestWithTargetedMode()))
        .containsExactly(
            error(
                "/events/0/mode",
                RuleCode.EVENT_MODE_CATEGORY,
                "mode targeted is not a mode of category protest"));
  }

  @Test
  void rejectsModeForCategoryWithoutModes() {
    Report report =
        withEvent(1, e -> e.toBuilder().category(EventCategory.AGREE).mode(EventMode.MEET).build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/1/mode",
                RuleCode.EVENT_MODE_CATEGORY,
                "mode meet is not a mode of category agree"));
  }

  @ParameterizedTest
  @EnumSource(
      value = EventCategory.class,
      names = {"COOPERATE", "AID", "SANCTION"})
  void rejectsRecipientCategoryWithoutTargetOrAddressee(EventCategory category) {
    String name = category.name().toLowerCase(java.util.Locale.ROOT);

    assertThat(violations(recipientMissing(category)))
        .containsExactly(
            error(
                "/events/1",
                RuleCode.EVENT_RECIPIENT_REQUIRED,
                "a " + name + " event needs a participant with role target or addressee"));
  }

  @ParameterizedTest
  @EnumSource(
      value = EventCategory.class,
      names = {"COOPERATE", "AID", "SANCTION"})
  void acceptsRecipientCategoryWithAnAddressee(EventCategory category) {
    // the letter has an author and an addressee
    Report report = withEvent(1, e -> e.toBuilder().category(category).build());

    assertThat(violations(report)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = EventCategory.class,
      names = {"COOPERATE", "AID", "SANCTION"})
  void acceptsRecipientCategoryWithATarget(EventCategory category) {
    Report report =
        withEvent(
            1,
            e ->
                e.toBuilder()
                    .category(category)
                    .participants(List.of(Participation.of("government-of-pakistan", Role.TARGET)))
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void acceptsRequestWithoutRecipient() {
    Report report =
        withEvent(
            1,
            e ->
                e.toBuilder()
                    .participants(List.of(Participation.of("imran-ansari", Role.AUTHOR)))
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void warnsAboutProtestWithoutParticipants() {
    ValidationResult result = VALIDATOR.validate(protestWithoutParticipants());

    assertThat(result.violations())
        .containsExactly(
            warning(
                "/events/0",
                RuleCode.EVENT_NO_PARTICIPANTS,
                "a protest should have at least one participant"));
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void doesNotWarnAboutOtherCategoriesWithoutParticipants() {
    Report report = withEvent(1, e -> e.toBuilder().participants(List.of()).build());

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ relations

  @Test
  void rejectsEventRelatingToItself() {
    assertThat(violations(eventRelatingToItself()))
        .containsExactly(
            error(
                "/events/1/relations/0/event",
                RuleCode.RELATION_SELF,
                "an event cannot relate to itself"));
  }

  @Test
  void reportsPartOfItselfAsSelfRelationOnly() {
    Report report =
        withEvent(1, e -> e.toBuilder().relations(List.of(partOf("ansari-letter"))).build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/1/relations/0/event",
                RuleCode.RELATION_SELF,
                "an event cannot relate to itself"));
  }

  @Test
  void rejectsPartOfTwoCycleOnce() {
    assertThat(violations(partOfTwoCycle()))
        .containsExactly(
            error(
                "/events/1/relations/1/event",
                RuleCode.RELATION_PART_OF_CYCLE,
                "part_of relations form a cycle"));
  }

  @Test
  void rejectsPartOfThreeCycleOnce() {
    Report report =
        builder()
            .events(
                List.of(agree("a", partOf("b")), agree("b", partOf("c")), agree("c", partOf("a"))))
            .quotes(List.of(ValidReports.notSilent().toBuilder().event(Optional.empty()).build()))
            .build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/2/relations/0/event",
                RuleCode.RELATION_PART_OF_CYCLE,
                "part_of relations form a cycle"));
  }

  @Test
  void reportsEachOfTwoPartOfCyclesOnce() {
    Report report =
        builder()
            .events(
                List.of(
                    agree("a", partOf("b")),
                    agree("b", partOf("a")),
                    agree("c", partOf("d")),
                    agree("d", partOf("e")),
                    agree("e", partOf("c"))))
            .quotes(List.of())
            .build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/1/relations/0/event",
                RuleCode.RELATION_PART_OF_CYCLE,
                "part_of relations form a cycle"),
            error(
                "/events/4/relations/0/event",
                RuleCode.RELATION_PART_OF_CYCLE,
                "part_of relations form a cycle"));
  }

  @Test
  void acceptsPartOfChainsAndDiamondsWithoutCycle() {
    Report report =
        builder()
            .events(
                List.of(
                    agree(
                        "bottom",
                        partOf("left"),
                        partOf("right"),
                        EventRelation.of(RelationType.FOLLOWS, "top")),
                    agree("left", partOf("top")),
                    agree("right", partOf("top")),
                    agree("top")))
            .quotes(List.of())
            .build();

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void ignoresCyclesOfOtherRelationTypes() {
    Report report =
        builder()
            .events(
                List.of(
                    agree("a", EventRelation.of(RelationType.SAME_AS, "b")),
                    agree("b", EventRelation.of(RelationType.SAME_AS, "a"))))
            .quotes(List.of())
            .build();

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ spans

  @Test
  void rejectsEvidenceSpanEndingBeforeItStarts() {
    assertThat(violations(evidenceEndBeforeStart()))
        .containsExactly(
            error("/events/0/evidence/0", RuleCode.SPAN_RANGE, "end (0) is before start (74)"));
  }

  @Test
  void rejectsQuoteSpanEndingBeforeItStartsWithoutAlsoReportingAMismatch() {
    Report report = withQuote(0, q -> q.toBuilder().span(TextSpan.of(99, 76)).build());

    assertThat(violations(report))
        .containsExactly(
            error("/quotes/0/span", RuleCode.SPAN_RANGE, "end (76) is before start (99)"));
  }

  @Test
  void rejectsEvidenceSpanPastTheBody() {
    assertThat(violations(evidencePastTheBody()))
        .containsExactly(
            error(
                "/events/0/evidence/0",
                RuleCode.SPAN_OUTSIDE_BODY,
                "end (225) is past the end of body (224 code points)"));
  }

  @Test
  void rejectsQuoteSpanPastTheBodyWithoutAlsoReportingAMismatch() {
    Report report = withQuote(0, q -> q.toBuilder().span(TextSpan.of(76, 1000)).build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/0/span",
                RuleCode.SPAN_OUTSIDE_BODY,
                "end (1000) is past the end of body (224 code points)"));
  }

  @Test
  void acceptsSpansEndingExactlyAtTheBodyEndAndEmptySpans() {
    Report report =
        withEvent(
            0,
            e ->
                e.toBuilder()
                    .evidence(
                        List.of(TextSpan.of(0, 224), TextSpan.of(224, 224), TextSpan.of(5, 5)))
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void checksNoSpanOrQuoteAgainstAnAbsentBody() {
    Report report =
        builder()
            .body(Optional.empty())
            .events(
                List.of(
                    ValidReports.rally().toBuilder()
                        .evidence(List.of(TextSpan.of(500, 900)))
                        .build(),
                    ValidReports.letter()))
            .quotes(
                List.of(
                    ValidReports.notSilent().toBuilder().span(TextSpan.of(0, 3)).build(),
                    ValidReports.notSilent().toBuilder()
                        .id("unspanned")
                        .span(Optional.empty())
                        .text("not there")
                        .build()))
            .build();

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void stillChecksSpanRangeWithoutBody() {
    Report report =
        builder()
            .body(Optional.empty())
            .quotes(List.of(ValidReports.notSilent().toBuilder().span(TextSpan.of(9, 3)).build()))
            .build();

    assertThat(violations(report))
        .containsExactly(
            error("/quotes/0/span", RuleCode.SPAN_RANGE, "end (3) is before start (9)"));
  }

  // ------------------------------------------------------------------ quote text

  @Test
  void rejectsQuoteSpanCoveringOtherText() {
    assertThat(violations(quoteSpanShiftedByOne()))
        .containsExactly(
            error(
                "/quotes/0/span",
                RuleCode.QUOTE_SPAN_MISMATCH,
                "the span does not cover the quote's text"));
  }

  @Test
  void checksSpansOfIndirectQuotesToo() {
    Report report = withQuote(1, q -> q.toBuilder().span(TextSpan.of(0, 9)).build());

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/1/span",
                RuleCode.QUOTE_SPAN_MISMATCH,
                "the span does not cover the quote's text"));
  }

  @Test
  void matchesCurlyQuotedBodyAgainstStraightQuotedTextAfterNormalising() {
    String body = "He wrote: \u201cWe won\u2019t  stay\n\tsilent\u201d, today.";
    Report report = withBody(body, "\"We won't stay silent\"", TextSpan.of(10, 34));

    assertThat(body.substring(10, 34)).isEqualTo("\u201cWe won\u2019t  stay\n\tsilent\u201d");
    assertThat(violations(report)).isEmpty();
  }

  @Test
  void matchesStraightQuotedBodyAgainstCurlyQuotedText() {
    String body = "He wrote: \"We won't stay silent\", today.";
    Report report =
        withBody(body, "  \u201cWe won\u2018t stay \u00a0silent\u201d ", TextSpan.of(10, 32));

    assertThat(body.substring(10, 32)).isEqualTo("\"We won't stay silent\"");
    assertThat(violations(report)).isEmpty();
  }

  @Test
  void normalisingDoesNotHideDifferentWords() {
    String body = "He wrote: \u201cWe won\u2019t stay silent\u201d, today.";
    Report report = withBody(body, "\"We will stay silent\"", TextSpan.of(10, 32));

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/0/span",
                RuleCode.QUOTE_SPAN_MISMATCH,
                "the span does not cover the quote's text"));
  }

  @Test
  void rejectsDirectQuoteWithoutSpanNotFoundInBody() {
    assertThat(violations(directQuoteNotInBody()))
        .containsExactly(
            error(
                "/quotes/0/text",
                RuleCode.QUOTE_NOT_FOUND,
                "the direct quote is not found in body"));
  }

  @Test
  void findsDirectQuoteWithoutSpanAfterNormalisingWhiteSpaceAndQuotes() {
    Report report =
        withQuote(
            0,
            q ->
                q.toBuilder()
                    .span(Optional.empty())
                    .text("\u201cWe will not\n stay   silent\u201d,")
                    .build());

    assertThat(violations(report)).isEmpty();
  }

  @Test
  void doesNotSearchForIndirectQuoteWithoutSpan() {
    Report report = withQuote(1, q -> q.toBuilder().text("words nowhere in the body").build());

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ variants

  @Test
  void rejectsQuoteVariantOfItself() {
    assertThat(violations(quoteVariantOfItself()))
        .containsExactly(
            error(
                "/quotes/1/variantOf",
                RuleCode.QUOTE_VARIANT_SELF,
                "a quote cannot be a variant of itself"));
  }

  @Test
  void rejectsVariantTwoCycleOnce() {
    assertThat(violations(quoteVariantTwoCycle()))
        .containsExactly(
            error(
                "/quotes/0/variantOf",
                RuleCode.QUOTE_VARIANT_CYCLE,
                "variantOf links form a cycle of 2 quotes"));
  }

  @Test
  void rejectsVariantThreeCycleOnceAtItsFirstQuote() {
    Report report =
        builder()
            .quotes(List.of(indirect("q-a", "q-c"), indirect("q-b", "q-a"), indirect("q-c", "q-b")))
            .build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/0/variantOf",
                RuleCode.QUOTE_VARIANT_CYCLE,
                "variantOf links form a cycle of 3 quotes"));
  }

  @Test
  void reportsVariantCycleReachedThroughATailAtTheCyclesFirstQuote() {
    Report report =
        builder()
            .quotes(
                List.of(
                    indirect("tail", "q-b"),
                    indirect("q-a", "q-c"),
                    indirect("q-b", "q-a"),
                    indirect("q-c", "q-b")))
            .build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/1/variantOf",
                RuleCode.QUOTE_VARIANT_CYCLE,
                "variantOf links form a cycle of 3 quotes"));
  }

  @Test
  void acceptsVariantChains() {
    Report report =
        builder()
            .quotes(
                List.of(
                    indirect("q-a", "q-b"),
                    indirect("q-b", "q-c"),
                    Quote.builder().id("q-c").text("words").kind(QuoteKind.INDIRECT).build(),
                    indirect("q-d", "q-b")))
            .build();

    assertThat(violations(report)).isEmpty();
  }

  // ------------------------------------------------------------------ code points

  /** U+1F600 (two UTF-16 units, one code point) before the quote. */
  static final String EMOJI_BODY = "\uD83D\uDE00 \"We will not stay silent\"";

  @Test
  void countsSpanOffsetsInCodePointsAfterAnEmoji() {
    Report report = withBody(EMOJI_BODY, ValidReports.QUOTE_TEXT, TextSpan.of(3, 26));

    assertThat(EMOJI_BODY.length()).isEqualTo(28);
    assertThat(EMOJI_BODY.codePointCount(0, EMOJI_BODY.length())).isEqualTo(27);
    assertThat(violations(report)).isEmpty();
  }

  @Test
  void rejectsSpanGivenInUtf16UnitsAfterAnEmoji() {
    Report report = withBody(EMOJI_BODY, ValidReports.QUOTE_TEXT, TextSpan.of(4, 27));

    assertThat(violations(report))
        .containsExactly(
            error(
                "/quotes/0/span",
                RuleCode.QUOTE_SPAN_MISMATCH,
                "the span does not cover the quote's text"));
  }

  @Test
  void measuresTheBodyInCodePoints() {
    Report report =
        withBody(EMOJI_BODY, ValidReports.QUOTE_TEXT, TextSpan.of(3, 26)).toBuilder()
            .events(
                List.of(
                    ValidReports.rally().toBuilder().evidence(List.of(TextSpan.of(0, 27))).build(),
                    ValidReports.letter().toBuilder()
                        .evidence(List.of(TextSpan.of(0, 28)))
                        .build()))
            .build();

    assertThat(violations(report))
        .containsExactly(
            error(
                "/events/1/evidence/0",
                RuleCode.SPAN_OUTSIDE_BODY,
                "end (28) is past the end of body (27 code points)"));
  }

  @Test
  void countsAnEmojiInsideTheQuoteAsOneCodePoint() {
    String body = "\uD83D\uDE00 said: we \uD83D\uDE00 win.";
    Report report = withBody(body, "we \uD83D\uDE00 win", TextSpan.of(8, 16));

    assertThat(violations(report)).isEmpty();
  }

  /**
   * The fixture with another body: the direct quote gets {@code text} and {@code span}, the
   * indirect quote and all evidence are dropped, so that only the direct quote is checked.
   */
  static Report withBody(String body, String text, TextSpan span) {
    Report report = report();
    List<Event> events = new ArrayList<>();
    for (Event event : report.events()) {
      events.add(event.toBuilder().evidence(List.of()).build());
    }
    return report.toBuilder()
        .body(body)
        .events(events)
        .quotes(List.of(ValidReports.notSilent().toBuilder().text(text).span(span).build()))
        .build();
  }

  // ------------------------------------------------------------------ all at once

  @Test
  void reportsEveryViolationNotJustTheFirst() {
    Report report =
        builder()
            .events(
                List.of(
                    protestWithTargetedMode().events().get(0).toBuilder()
                        .participants(List.of())
                        .build(),
                    eventRelatingToItself().events().get(1)))
            .quotes(quoteVariantOfItself().quotes())
            .build();

    assertThat(violations(report))
        .containsExactly(
            warning(
                "/events/0",
                RuleCode.EVENT_NO_PARTICIPANTS,
                "a protest should have at least one participant"),
            error(
                "/events/0/mode",
                RuleCode.EVENT_MODE_CATEGORY,
                "mode targeted is not a mode of category protest"),
            error(
                "/events/1/relations/0/event",
                RuleCode.RELATION_SELF,
                "an event cannot relate to itself"),
            error(
                "/quotes/1/variantOf",
                RuleCode.QUOTE_VARIANT_SELF,
                "a quote cannot be a variant of itself"));
  }
}
