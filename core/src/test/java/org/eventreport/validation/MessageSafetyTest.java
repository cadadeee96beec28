package org.eventreport.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Coding;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventRelation;
import org.eventreport.Location;
import org.eventreport.LocationKind;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.ValidReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from a report never reaches a message template: expression-language and message-parameter
 * payloads in every field come back, if at all, verbatim inside a fixed message, never evaluated.
 */
class MessageSafetyTest {
  /** Every fixed message: the field rules' and the report rules' that quote nothing. */
  static final Set<String> FIXED_MESSAGES =
      Set.of(
          FieldRulesCanaryTest.TEXT,
          FieldRulesCanaryTest.ID,
          FieldRulesCanaryTest.LATITUDE,
          FieldRulesCanaryTest.LONGITUDE,
          FieldRulesCanaryTest.NEGATIVE,
          FieldRulesCanaryTest.GEONAMES,
          FieldRulesCanaryTest.COUNTRY,
          FieldRulesCanaryTest.LANGUAGE,
          FieldRulesCanaryTest.WIKIDATA,
          FieldRulesCanaryTest.URL,
          FieldRulesCanaryTest.SCHEME,
          "a protest should have at least one participant",
          "an event cannot relate to itself",
          "part_of relations form a cycle",
          "the span does not cover the quote's text",
          "the direct quote is not found in body",
          "a quote cannot be a variant of itself");

  /** The report rules' messages that quote an id, with the id replaced by {@code <P>}. */
  static final List<Pattern> QUOTING_TEMPLATES =
      List.of(
          Pattern.compile(
              "no (actor|location|event|quote) has id \"[^\"]*<P>[^\"]*\"(\\.\\.\\. \\(truncated,"
                  + " \\d+ chars\\))? in /(actors|locations|events|quotes)"),
          Pattern.compile("id \"<P>\" is already used at /(actors|locations|events|quotes)/0"),
          Pattern.compile(
              "\"[^\"]*<P>[^\"]*\" is an? (actor|location|event|quote), not an?"
                  + " (actor|location|event|quote)"));

  /** A report with {@code p} in every text field, id, reference, url, language and code. */
  static Report everywhere(String p) {
    return Report.builder()
        .id(p)
        .schemaVersion(p)
        .title(p)
        .publisher(p)
        .url(p)
        .published(ValidReports.PUBLISHED)
        .language(p)
        .body("Before " + p + " after.")
        .addActors(
            Actor.builder()
                .id(p)
                .name(p)
                .kind(ActorKind.PERSON)
                .addAliases(p)
                .addTitles(p)
                .addAffiliations("missing " + p)
                .country(p)
                .religion(p)
                .wikidata(p)
                .putExtensions("note", p)
                .build(),
            Actor.builder().id(p).name(p).kind(ActorKind.GROUP).build())
        .addLocations(
            Location.builder()
                .id(p)
                .name(p)
                .kind(LocationKind.SITE)
                .country(p)
                .admin1(p)
                .admin2(p)
                .locality(p)
                .build())
        .addEvents(
            Event.builder()
                .id(p)
                .category(EventCategory.PROTEST)
                .label(p)
                .summary(p)
                .location("missing " + p)
                .addParticipants(Participation.of(p, Role.ORGANIZER))
                .size(Count.reported(p))
                .addClaims(p)
                .addRelations(EventRelation.of(RelationType.FOLLOWS, "missing " + p))
                .addCodings(Coding.builder().scheme(p).code(p).version(p).build())
                .build(),
            Event.builder()
                .id("second")
                .category(EventCategory.AGREE)
                .location(p + "-actor")
                .build())
        .addActors(Actor.builder().id(p + "-actor").name(p).kind(ActorKind.GROUP).build())
        .addQuotes(
            Quote.builder()
                .id(p)
                .text(p)
                .kind(QuoteKind.DIRECT)
                .speaker(p)
                .verb(p)
                .event("missing " + p)
                .variantOf("missing " + p)
                .build(),
            Quote.builder().id("other").text("not in the body " + p).kind(QuoteKind.DIRECT).build())
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "#{'a'.concat('b')}", "{min}", "${''.getClass()}"})
  void messagesAreFixedOrQuoteThePayloadVerbatim(String payload) {
    List<Violation> violations =
        ReportValidator.create().validate(everywhere(payload)).violations();

    assertThat(violations).hasSizeGreaterThan(15);
    List<String> unexpected = new ArrayList<>();
    for (Violation violation : violations) {
      String message = violation.message();
      if (FIXED_MESSAGES.contains(message)) {
        continue;
      }
      String marked = message.replace(payload, "<P>");
      if (!QUOTING_TEMPLATES.stream().anyMatch(template -> template.matcher(marked).matches())) {
        unexpected.add(violation.toString());
      }
    }
    assertThat(unexpected).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "#{'a'.concat('b')}", "{min}", "${''.getClass()}"})
  void invalidValuesGetTheFixedMessagesAndQuotedIdsStayVerbatim(String p) {
    List<Violation> violations = ReportValidator.create().validate(everywhere(p)).violations();

    assertThat(violations)
        .contains(
            new Violation("/id", "id.format", Severity.ERROR, FieldRulesCanaryTest.ID),
            new Violation(
                "/language", "language.malformed", Severity.ERROR, FieldRulesCanaryTest.LANGUAGE),
            new Violation("/url", "url.invalid", Severity.ERROR, FieldRulesCanaryTest.URL),
            new Violation(
                "/actors/0/country",
                "country.unknown",
                Severity.ERROR,
                FieldRulesCanaryTest.COUNTRY),
            new Violation(
                "/actors/0/wikidata",
                "wikidata.format",
                Severity.ERROR,
                FieldRulesCanaryTest.WIKIDATA),
            new Violation(
                "/events/0/codings/0/scheme",
                "coding.scheme",
                Severity.ERROR,
                FieldRulesCanaryTest.SCHEME),
            new Violation(
                "/actors/0/affiliations/0",
                "reference.unresolved",
                Severity.ERROR,
                "no actor has id \"missing " + p + "\" in /actors"),
            new Violation(
                "/actors/1/id",
                "id.duplicate",
                Severity.ERROR,
                "id \"" + p + "\" is already used at /actors/0"),
            new Violation(
                "/events/1/location",
                "reference.wrong-kind",
                Severity.ERROR,
                "\"" + p + "-actor\" is an actor, not a location"),
            new Violation(
                "/quotes/1/text",
                "quote.not-found",
                Severity.ERROR,
                "the direct quote is not found in body"));
    assertThat(violations)
        .extracting(Violation::message)
        .noneMatch(
            message ->
                message.contains("ab\"")
                    || message.contains("\"2\"")
                    || message.contains("java.lang.String")
                    || message.contains("\"missing 2\""));
  }

  @Test
  void textFieldsHoldingPayloadsAreSimplyValidText() {
    String p = "${1+1}";
    Report report =
        ValidReports.builder()
            .title(p)
            .publisher("#{'a'.concat('b')}")
            .actors(
                List.of(
                    ValidReports.ansari().toBuilder()
                        .name(p)
                        .religion("{min}")
                        .aliases(List.of(p))
                        .build(),
                    ValidReports.association(),
                    ValidReports.pakistan()))
            .build();

    assertThat(ReportValidator.create().validate(report).violations()).isEmpty();
  }

  @Test
  void quotedIdsAreEscapedAndCutToFortyEscapedCharacters() {
    // a quote, a backslash, a newline and an emoji escape to 19 characters, ${1+1} adds 6: 15 x fit
    String id = "\"q\\\n\uD83D\uDE00${1+1}" + "x".repeat(100);
    Report report = ValidReports.withQuote(0, q -> q.toBuilder().speaker(id).build());

    List<Violation> violations = ReportValidator.create().validate(report).violations();

    assertThat(violations)
        .containsExactly(
            new Violation(
                "/quotes/0/speaker",
                "reference.unresolved",
                Severity.ERROR,
                "no actor has id \"\\\"q\\\\\\n\\ud83d\\ude00${1+1}"
                    + "x".repeat(15)
                    + "\"... (truncated, 112 chars) in /actors"));
    String quoted =
        violations.get(0).message().replaceFirst("^no actor has id \"(.*)\"\\.\\.\\..*$", "$1");
    assertThat(quoted).hasSize(40).matches("\\p{ASCII}*").doesNotContain("\n");
  }

  @Test
  void quotedIdsOfFortyCharactersAreNotCut() {
    String id = "y".repeat(40);
    Report report = ValidReports.withQuote(0, q -> q.toBuilder().speaker(id).build());

    assertThat(ReportValidator.create().validate(report).violations())
        .extracting(Violation::message)
        .containsExactly("no actor has id \"" + id + "\" in /actors");
  }

  @Test
  void quotedIdsOfFortyOneCharactersAreCut() {
    String id = "y".repeat(41);
    Report report = ValidReports.withQuote(0, q -> q.toBuilder().speaker(id).build());

    assertThat(ReportValidator.create().validate(report).violations())
        .extracting(Violation::message)
        .containsExactly(
            "no actor has id \"" + "y".repeat(40) + "\"... (truncated, 41 chars) in /actors");
  }

  @Test
  void duplicateIdMessagesEscapeTheIdToo() {
    String id = "\u00e9t\u00e9\n" + "z".repeat(60);
    Report report =
        ValidReports.builder()
            .addQuotes(
                Quote.builder().id(id).text("a").kind(QuoteKind.INDIRECT).build(),
                Quote.builder().id(id).text("b").kind(QuoteKind.INDIRECT).build())
            .build();

    assertThat(ReportValidator.create().validate(report).violations())
        .containsExactly(
            new Violation("/quotes/2/id", "id.format", Severity.ERROR, FieldRulesCanaryTest.ID),
            new Violation(
                "/quotes/3/id",
                "id.duplicate",
                Severity.ERROR,
                "id \"\\u00e9t\\u00e9\\n"
                    + "z".repeat(25)
                    + "\"... (truncated, 64 chars) is already used at /quotes/2"),
            new Violation("/quotes/3/id", "id.format", Severity.ERROR, FieldRulesCanaryTest.ID));
  }

  @Test
  void userRuleMessagesArePassedOnVerbatim() {
    String payload = "${1+1} #{'a'.concat('b')} {min} ${''.getClass()}";
    ReportValidator validator =
        ReportValidator.builder()
            .addRule(
                ReportRule.of(
                    "acme.echo", Severity.WARNING, (report, sink) -> sink.add("/title", payload)))
            .build();

    assertThat(validator.validate(ValidReports.report()).violations())
        .containsExactly(new Violation("/title", "acme.echo", Severity.WARNING, payload));
  }
}
