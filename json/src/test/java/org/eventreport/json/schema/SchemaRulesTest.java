package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eventreport.json.schema.SchemaCheck.findings;
import static org.eventreport.json.schema.SchemaCheck.with;
import static org.eventreport.json.schema.SchemaCheck.without;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.dialect.DialectId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventreport.json.ReportFormatException;
import org.eventreport.json.ReportJson;
import org.eventreport.json.ReportSchema;
import org.eventreport.json.SchemaSampleReports;
import org.eventreport.json.schema.SchemaCheck.Finding;
import org.eventreport.validation.RuleCode;
import org.eventreport.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped schema in networknt's validator (format assertions on): it is a valid 2020-12 schema,
 * the golden documents pass, and each kind of bad document fails with the expected keyword at the
 * expected place. For the field rules and the PLOVER rules, the validator must find the same
 * problem in the same document, so that schema and validator are seen to agree; for the report
 * rules the schema cannot state, the document must pass the schema while the validator finds the
 * problem.
 */
class SchemaRulesTest {
  /** The document every case starts from: every member of every type is present. */
  static final String FULL = ReportJson.strict().writePretty(SchemaSampleReports.full());

  /** One way to break the full document. */
  record Case(
      String name,
      UnaryOperator<String> edit,
      Set<Finding> expected,
      RuleCode code,
      String codeAt) {
    Case(
        String name,
        UnaryOperator<String> edit,
        String at,
        Set<String> keywords,
        RuleCode code,
        String codeAt) {
      this(name, edit, findingsAt(at, keywords), code, codeAt);
    }

    /** This case, expecting one more finding. */
    Case and(String keyword, String at) {
      Set<Finding> more = new TreeSet<>(expected);
      more.add(new Finding(keyword, at));
      return new Case(name, edit, more, code, codeAt);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Set<Finding> findingsAt(String at, Set<String> keywords) {
    Set<Finding> out = new TreeSet<>();
    keywords.forEach(keyword -> out.add(new Finding(keyword, at)));
    return out;
  }

  static Case field(RuleCode code, String pointer, String value, String... keywords) {
    return new Case(
        code.code() + ": " + pointer + " = " + value,
        json -> with(json, pointer, value),
        pointer,
        Set.of(keywords),
        code,
        pointer);
  }

  // -----------------------------------------------------------------------------------------------
  // The schema itself and the valid documents

  @Test
  void schemaIsValidUnderTheDraft202012MetaSchema() {
    var metaSchema = SchemaCheck.REGISTRY.getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
    assertThat(metaSchema.validate(ReportSchema.text(), InputFormat.JSON)).isEmpty();
    assertThat(ReportSchema.tree().get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void fullDocumentIsValid() {
    assertThat(ReportJson.strict().readAndValidate(FULL).validation().violations()).isEmpty();
    assertThat(SchemaCheck.errors(FULL)).isEmpty();
  }

  @Test
  void kargilReportIsValid() throws IOException {
    String kargil;
    try (InputStream in =
        SchemaRulesTest.class.getResourceAsStream("/org/eventreport/json/kargil-2024-08-01.json")) {
      assertThat(in).as("test resource kargil-2024-08-01.json").isNotNull();
      kargil = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ReportJson.strict().readAndValidate(kargil).validation().isValid()).isTrue();
    assertThat(SchemaCheck.errors(kargil)).isEmpty();
  }

  @Test
  void defaultedMembersMayBeLeftOut() {
    String minimal =
        "{\"id\":\"r\",\"published\":\"2024\",\"language\":\"en\","
            + "\"events\":[{\"id\":\"e\",\"category\":\"agree\"}]}";
    assertThat(SchemaCheck.errors(minimal)).isEmpty();
    assertThat(SchemaCheck.errors(without(FULL, "/schemaVersion"))).isEmpty();
    assertThat(SchemaCheck.errors(without(FULL, "/events/0/status"))).isEmpty();
  }

  // -----------------------------------------------------------------------------------------------
  // Field rules: the schema and the validator find the same problem at the same place

  static Stream<Case> fieldRules() {
    return Stream.of(
        field(RuleCode.TEXT_BLANK, "/title", "\"   \"", "pattern"),
        field(RuleCode.TEXT_BLANK, "/events/0/claims/0", "\"\"", "minLength", "pattern"),
        field(RuleCode.TEXT_BLANK, "/actors/0/name", "\"\\u00a0\\t\\u3000\"", "pattern"),
        field(RuleCode.TEXT_BLANK, "/events/0/codings/0/version", "\"\\n\"", "pattern"),
        field(RuleCode.ID_FORMAT, "/id", "\"Full Report\"", "pattern"),
        field(RuleCode.ID_FORMAT, "/events/1/id", "\"-letter\"", "pattern"),
        field(RuleCode.ID_FORMAT, "/quotes/0/id", "\"" + "q".repeat(65) + "\"", "pattern"),
        field(RuleCode.COORDINATES_RANGE, "/locations/0/coordinates/latitude", "90.5", "maximum"),
        field(
            RuleCode.COORDINATES_RANGE, "/locations/0/coordinates/longitude", "-180.01", "minimum"),
        field(RuleCode.NUMBER_NEGATIVE, "/events/0/size/low", "-1", "minimum"),
        field(RuleCode.NUMBER_NEGATIVE, "/quotes/0/span/start", "-3", "minimum"),
        field(RuleCode.NUMBER_NEGATIVE, "/events/0/evidence/0/end", "-1", "minimum"),
        field(RuleCode.GEONAMES_FORMAT, "/locations/0/geonamesId", "0", "minimum"),
        field(RuleCode.COUNTRY_UNKNOWN, "/locations/0/country", "\"XX\"", "enum"),
        field(RuleCode.COUNTRY_UNKNOWN, "/actors/0/country", "\"in\"", "enum"),
        field(RuleCode.LANGUAGE_MALFORMED, "/language", "\"en_US\"", "pattern"),
        field(RuleCode.LANGUAGE_MALFORMED, "/language", "\"e\"", "pattern"),
        field(RuleCode.WIKIDATA_FORMAT, "/actors/1/wikidata", "\"Q0123\"", "pattern"),
        field(RuleCode.WIKIDATA_FORMAT, "/actors/0/wikidata", "\"q42\"", "pattern"),
        field(RuleCode.URL_INVALID, "/url", "\"ftp://example.org/file\"", "pattern"),
        field(RuleCode.URL_INVALID, "/url", "\"example.org/news\"", "pattern", "format"),
        field(RuleCode.CODING_SCHEME, "/events/0/codings/0/scheme", "\"ACLED\"", "pattern"),
        field(RuleCode.CODING_SCHEME, "/events/1/codings/0/scheme", "\"1cameo\"", "pattern"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldRules")
  void fieldRuleIsCaughtByTheSchemaAndTheValidator(Case c) {
    assertCaughtByBoth(c);
  }

  @Test
  void everyFieldRuleHasACase() {
    Set<RuleCode> tested =
        fieldRules()
            .map(Case::code)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    Set<RuleCode> fieldRules =
        Arrays.stream(RuleCode.values())
            .filter(RuleCode::isFieldRule)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    assertThat(tested).isEqualTo(fieldRules);
  }

  // -----------------------------------------------------------------------------------------------
  // PLOVER's rules: report rules that a schema can state

  static Stream<Case> ploverRules() {
    return Stream.of(
        new Case(
            "a request cannot have mode demo",
            json -> with(json, "/events/1/mode", "\"demo\""),
            "/events/1/mode",
            Set.of("enum"),
            RuleCode.EVENT_MODE_CATEGORY,
            "/events/1/mode"),
        new Case(
            "agree has no modes",
            json -> with(json, "/events/1/category", "\"agree\""),
            "/events/1/mode",
            // A category without modes allows no mode: the schema "false" (no value at all).
            Set.of("false"),
            RuleCode.EVENT_MODE_CATEGORY,
            "/events/1/mode"),
        new Case(
            "aid needs a target or addressee",
            json ->
                with(
                    without(with(json, "/events/1/category", "\"aid\""), "/events/1/mode"),
                    "/events/1/participants",
                    "[{\"actor\":\"ansari\",\"role\":\"author\"}]"),
            "/events/1/participants",
            // networknt names a failed "contains" after its implied minContains of 1.
            Set.of("minContains"),
            RuleCode.EVENT_RECIPIENT_REQUIRED,
            "/events/1"),
        new Case(
            "sanction needs participants",
            json ->
                without(
                    without(with(json, "/events/1/category", "\"sanction\""), "/events/1/mode"),
                    "/events/1/participants"),
            "/events/1",
            Set.of("required"),
            RuleCode.EVENT_RECIPIENT_REQUIRED,
            "/events/1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ploverRules")
  void ploverRuleIsCaughtByTheSchemaAndTheValidator(Case c) {
    assertCaughtByBoth(c);
  }

  private static void assertCaughtByBoth(Case c) {
    String document = c.edit().apply(FULL);
    assertThat(findings(document)).as("schema findings").isEqualTo(c.expected());
    List<Violation> violations =
        ReportJson.strict().readAndValidate(document).validation().violations();
    assertThat(violations)
        .as("the validator's violations")
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(c.code().code());
              assertThat(v.path()).isEqualTo(c.codeAt());
            });
  }

  // -----------------------------------------------------------------------------------------------
  // Strictness and the format's own rules: the strict reader refuses these documents too

  static Stream<Case> strictness() {
    return Stream.of(
        format(
            "unknown member at the root", j -> with(j, "/extra", "1"), "", "additionalProperties"),
        format(
            "unknown member in a nested object",
            j -> with(j, "/events/0/time/zone", "\"IST\""),
            "/events/0/time",
            "additionalProperties"),
        format(
            "unknown member in coordinates",
            j -> with(j, "/locations/0/coordinates/altitude", "1600"),
            "/locations/0/coordinates",
            "additionalProperties"),
        format("missing id", j -> without(j, "/id"), "", "required"),
        format("missing published", j -> without(j, "/published"), "", "required"),
        format("missing category", j -> without(j, "/events/0/category"), "/events/0", "required"),
        format(
            "missing latitude",
            j -> without(j, "/locations/0/coordinates/latitude"),
            "/locations/0/coordinates",
            "required"),
        format(
            "missing span end",
            j -> without(j, "/quotes/0/span/end"),
            "/quotes/0/span",
            "required"),
        format("number for a string", j -> with(j, "/id", "5"), "/id", "type"),
        format("object for a list", j -> with(j, "/events", "{}"), "/events", "type"),
        format(
            "string for a list",
            j -> with(j, "/events/0/claims", "\"a claim\""),
            "/events/0/claims",
            "type"),
        format(
            "string for a number",
            j -> with(j, "/locations/0/coordinates/latitude", "\"34.1\""),
            "/locations/0/coordinates/latitude",
            "type"),
        format(
            "fraction for an integer",
            j -> with(j, "/events/0/size/low", "1.5"),
            "/events/0/size/low",
            "type"),
        format("boolean for a string", j -> with(j, "/body", "true"), "/body", "type"),
        format(
            "number for an enum",
            j -> with(j, "/events/0/status", "0"),
            "/events/0/status",
            "type",
            "enum"),
        format("null for an optional string", j -> with(j, "/title", "null"), "/title", "type"),
        format(
            "null for an optional object",
            j -> with(j, "/events/0/time", "null"),
            "/events/0/time",
            "type"),
        format(
            "null for an optional integer",
            j -> with(j, "/locations/0/geonamesId", "null"),
            "/locations/0/geonamesId",
            "type"),
        format(
            "null for an optional enum",
            j -> with(j, "/events/1/mode", "null"),
            "/events/1/mode",
            "type",
            "enum"),
        format(
            "null in a list",
            j -> with(j, "/events/0/claims/0", "null"),
            "/events/0/claims/0",
            "type"),
        format("null for a list", j -> with(j, "/quotes", "null"), "/quotes", "type"),
        format(
            "enum in the wrong spelling",
            j -> with(j, "/events/0/category", "\"PROTEST\""),
            "/events/0/category",
            "enum"),
        // networknt reports a failed anyOf through its alternatives' errors.
        format("empty count", j -> with(j, "/events/0/size", "{}"), "/events/0/size", "required"),
        format(
                "count with no phrase",
                j -> with(j, "/events/0/size", "{\"reported\":[]}"),
                "/events/0/size",
                "required")
            .and("minItems", "/events/0/size/reported"),
        format("empty time", j -> with(j, "/events/0/time", "{}"), "/events/0/time", "required"),
        format(
            "schemaVersion of another major",
            j -> with(j, "/schemaVersion", "\"2.0\""),
            "/schemaVersion",
            "pattern"),
        format(
            "30 February", j -> with(j, "/published", "\"2024-02-30\""), "/published", "pattern"),
        format(
            "29 February of a common year",
            j -> with(j, "/published", "\"2023-02-29\""),
            "/published",
            "pattern"),
        format("year 0", j -> with(j, "/published", "\"0000\""), "/published", "pattern"),
        format(
            "date-time without offset",
            j -> with(j, "/published", "\"2024-08-01T10:00\""),
            "/published",
            "pattern"),
        format(
            "offset beyond 18 hours",
            j -> with(j, "/events/0/time/start", "\"2024-07-30T18:30:00+18:30\""),
            "/events/0/time/start",
            "pattern"),
        format(
            "span offset beyond 32 bits",
            j -> with(j, "/quotes/0/span/end", "2147483648"),
            "/quotes/0/span/end",
            "maximum"),
        format(
            "count beyond 64 bits",
            j -> with(j, "/events/0/size/high", "9223372036854775808"),
            "/events/0/size/high",
            "maximum"));
  }

  static Case format(String name, UnaryOperator<String> edit, String at, String... keywords) {
    return new Case(name, edit, at, Set.of(keywords), null, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strictness")
  void documentOutsideTheFormatIsRefusedByTheSchemaAndTheReader(Case c) {
    String document = c.edit().apply(FULL);
    assertThat(findings(document)).as("schema findings").isEqualTo(c.expected());
    assertThatThrownBy(() -> ReportJson.strict().read(document))
        .isInstanceOf(ReportFormatException.class);
  }

  @Test
  void urlsThePatternLetThroughAreCaughtByFormatUri() {
    for (String url : List.of("https://example.org/a|b", "https://example.org/%zz")) {
      String document = with(FULL, "/url", SchemaCheck.MAPPER.writeValueAsString(url));
      assertThat(findings(document)).as(url).containsExactly(new Finding("format", "/url"));
      assertThat(ReportJson.strict().readAndValidate(document).validation().violations())
          .as(url)
          .anySatisfy(v -> assertThat(v.code()).isEqualTo(RuleCode.URL_INVALID.code()));
    }
  }

  @Test
  void nonAsciiUrlsAreValidForTheValidatorButNotForFormatUri() {
    // java.net.URI takes non-ASCII characters; RFC 3986 (format "uri") wants them %-encoded.
    String document = with(FULL, "/url", "\"https://example.org/caf\u00e9\"");
    assertThat(ReportJson.strict().readAndValidate(document).validation().isValid()).isTrue();
    assertThat(findings(document)).containsExactly(new Finding("format", "/url"));
  }

  @Test
  void documentWithUnknownMembersIsReadLenientlyButNotAccepted() {
    String document = with(FULL, "/events/0/x-source", "{\"feed\":\"rss\"}");
    assertThat(ReportJson.lenient().read(document).events().get(0).extensions())
        .containsKey("x-source");
    assertThat(findings(document))
        .containsExactly(new Finding("additionalProperties", "/events/0"));
  }

  // -----------------------------------------------------------------------------------------------
  // Report rules the schema cannot state: the document passes the schema, the validator objects

  static Stream<Case> beyondTheSchema() {
    return Stream.of(
        beyond(RuleCode.ID_DUPLICATE, j -> with(j, "/actors/2/id", "\"ansari\""), "/actors/2/id"),
        beyond(
            RuleCode.REFERENCE_UNRESOLVED,
            j -> with(j, "/events/0/location", "\"nowhere\""),
            "/events/0/location"),
        beyond(
            RuleCode.REFERENCE_WRONG_KIND,
            j -> with(j, "/events/0/location", "\"ansari\""),
            "/events/0/location"),
        beyond(RuleCode.COUNT_RANGE, j -> with(j, "/events/0/size/low", "9000"), "/events/0/size"),
        beyond(
            RuleCode.TIME_END_BEFORE_START,
            j -> with(j, "/events/0/time/end", "\"2024-07-01\""),
            "/events/0/time/end"),
        beyond(
            RuleCode.TIME_AFTER_PUBLICATION,
            j -> without(with(j, "/events/0/time/start", "\"2025\""), "/events/0/time/end"),
            "/events/0/time/start"),
        beyond(
            RuleCode.EVENT_NO_PARTICIPANTS, j -> without(j, "/events/0/participants"), "/events/0"),
        beyond(
            RuleCode.RELATION_SELF,
            j -> with(j, "/events/1/relations/0/event", "\"letter\""),
            "/events/1/relations/0/event"),
        beyond(
            RuleCode.RELATION_PART_OF_CYCLE,
            j ->
                with(
                    with(j, "/events/1/relations/0/type", "\"part_of\""),
                    "/events/0/relations",
                    "[{\"type\":\"part_of\",\"event\":\"letter\"}]"),
            "/events/1/relations/0/event"),
        beyond(
            RuleCode.SPAN_RANGE,
            j -> with(j, "/events/0/evidence/0", "{\"start\":5,\"end\":2}"),
            "/events/0/evidence/0"),
        beyond(
            RuleCode.SPAN_OUTSIDE_BODY,
            j -> with(j, "/events/0/evidence/0/end", "100000"),
            "/events/0/evidence/0"),
        beyond(
            RuleCode.QUOTE_SPAN_MISMATCH,
            j -> with(j, "/quotes/0/span/start", "0"),
            "/quotes/0/span"),
        beyond(
            RuleCode.QUOTE_NOT_FOUND,
            j -> with(without(j, "/quotes/0/span"), "/quotes/0/text", "\"Never said.\""),
            "/quotes/0/text"),
        beyond(
            RuleCode.QUOTE_VARIANT_SELF,
            j -> with(j, "/quotes/1/variantOf", "\"q2\""),
            "/quotes/1/variantOf"),
        beyond(
            RuleCode.QUOTE_VARIANT_CYCLE,
            j -> with(j, "/quotes/0/variantOf", "\"q2\""),
            "/quotes/0/variantOf"));
  }

  static Case beyond(RuleCode code, UnaryOperator<String> edit, String codeAt) {
    return new Case(code.code(), edit, "", Set.of(), code, codeAt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheSchema")
  void reportRuleIsLeftToTheValidator(Case c) {
    String document = c.edit().apply(FULL);
    assertThat(findings(document)).as("schema findings").isEmpty();
    assertThat(ReportJson.strict().readAndValidate(document).validation().violations())
        .anySatisfy(
            v -> {
              assertThat(v.code()).isEqualTo(c.code().code());
              assertThat(v.path()).isEqualTo(c.codeAt());
            });
  }

  @Test
  void everyReportRuleIsEitherStatedOrLeftToTheValidator() {
    Set<RuleCode> seen = EnumSet.noneOf(RuleCode.class);
    ploverRules().map(Case::code).forEach(seen::add);
    beyondTheSchema().map(Case::code).forEach(seen::add);
    Set<RuleCode> reportRules =
        Arrays.stream(RuleCode.values())
            .filter(rule -> !rule.isFieldRule())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleCode.class)));
    assertThat(seen).isEqualTo(reportRules);
  }
}
