package org.eventreport.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventreport.ValidReports.builder;
import static org.eventreport.ValidReports.withActor;
import static org.eventreport.ValidReports.withEvent;
import static org.eventreport.ValidReports.withLocation;
import static org.eventreport.ValidReports.withQuote;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Coding;
import org.eventreport.Coordinates;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventRelation;
import org.eventreport.EventTime;
import org.eventreport.Location;
import org.eventreport.LocationKind;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.Report;
import org.eventreport.TextSpan;
import org.eventreport.ValidReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A canary for every constrained attribute of the model: one invalid value must give exactly one
 * violation, with the exact path, code and message. A constraint that Hibernate Validator silently
 * skips (a type-use annotation on a container it does not extract, an accessor it does not see as a
 * property, a cascade it does not follow) makes its case fail. {@link
 * #everyConstrainedAttributeHasACanary()} finds the constrained attributes by reflection, so a new
 * constraint without a case fails too.
 */
class FieldRulesCanaryTest {
  static final String TEXT = "must not be blank";
  static final String ID =
      "must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit";
  static final String LATITUDE = "must be a number between -90 and 90";
  static final String LONGITUDE = "must be a number between -180 and 180";
  static final String NEGATIVE = "must not be negative";
  static final String GEONAMES = "must be a positive integer";
  static final String COUNTRY =
      "must be an ISO 3166-1 alpha-2 country code in upper case, such as IN or PK";
  static final String LANGUAGE = "must be a well-formed BCP 47 language tag such as en or pt-BR";
  static final String WIKIDATA =
      "must be a Wikidata item id: Q followed by digits, without leading zero";
  static final String URL = "must be an absolute http or https URL with a host";
  static final String SCHEME =
      "must be a lowercase scheme name of 1 to 32 characters: a-z, 0-9, '.', '_' or '-', starting"
          + " with a letter";

  /** The model types, in the order a report nests them. */
  static final List<Class<?>> MODEL_TYPES =
      List.of(
          Report.class,
          Actor.class,
          Location.class,
          Coordinates.class,
          Event.class,
          EventTime.class,
          Participation.class,
          Count.class,
          EventRelation.class,
          TextSpan.class,
          Coding.class,
          Quote.class);

  /**
   * One invalid value.
   *
   * @param name what the case breaks, for the test's display name
   * @param attribute the constrained attribute, as {@code Type.accessor}
   */
  record Case(
      String name, String attribute, Report report, String path, RuleCode code, String message) {
    @Override
    public String toString() {
      return name;
    }

    Violation expected() {
      return new Violation(path, code.code(), Severity.ERROR, message);
    }
  }

  private static Case c(
      String name, String attribute, Report report, String path, RuleCode code, String message) {
    return new Case(name, attribute, report, path, code, message);
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Report
    cases.add(
        c(
            "report id upper case",
            "Report.id",
            builder().id("Kargil-2024").build(),
            "/id",
            RuleCode.ID_FORMAT,
            ID));
    cases.add(
        c(
            "report schemaVersion blank",
            "Report.schemaVersion",
            builder().schemaVersion(" ").build(),
            "/schemaVersion",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "report title empty",
            "Report.title",
            builder().title("").build(),
            "/title",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "report publisher blank",
            "Report.publisher",
            builder().publisher(" \t").build(),
            "/publisher",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "report url ftp",
            "Report.url",
            builder().url("ftp://example.org/a").build(),
            "/url",
            RuleCode.URL_INVALID,
            URL));
    cases.add(
        c(
            "report url relative",
            "Report.url",
            builder().url("/news/kargil").build(),
            "/url",
            RuleCode.URL_INVALID,
            URL));
    cases.add(
        c(
            "report url without host",
            "Report.url",
            builder().url("https:///news").build(),
            "/url",
            RuleCode.URL_INVALID,
            URL));
    cases.add(
        c(
            "report language with underscore",
            "Report.language",
            builder().language("en_US").build(),
            "/language",
            RuleCode.LANGUAGE_MALFORMED,
            LANGUAGE));
    cases.add(
        c(
            "report language empty",
            "Report.language",
            builder().language("").build(),
            "/language",
            RuleCode.LANGUAGE_MALFORMED,
            LANGUAGE));
    // Actor
    cases.add(
        c(
            "actor id with space",
            "Actor.id",
            builder()
                .addActors(
                    Actor.builder().id("bad id").name("Someone").kind(ActorKind.PERSON).build())
                .build(),
            "/actors/3/id",
            RuleCode.ID_FORMAT,
            ID));
    cases.add(
        c(
            "actor name blank",
            "Actor.name",
            actor(0, a -> a.toBuilder().name("  ").build()),
            "/actors/0/name",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "actor alias empty",
            "Actor.aliases",
            actor(1, a -> a.toBuilder().aliases(List.of("")).build()),
            "/actors/1/aliases/0",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "actor second title blank",
            "Actor.titles",
            actor(0, a -> a.toBuilder().addTitles("\u2003").build()),
            "/actors/0/titles/1",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "actor country unknown",
            "Actor.country",
            actor(2, a -> a.toBuilder().country("XX").build()),
            "/actors/2/country",
            RuleCode.COUNTRY_UNKNOWN,
            COUNTRY));
    cases.add(
        c(
            "actor country lower case",
            "Actor.country",
            actor(0, a -> a.toBuilder().country("in").build()),
            "/actors/0/country",
            RuleCode.COUNTRY_UNKNOWN,
            COUNTRY));
    cases.add(
        c(
            "actor religion blank",
            "Actor.religion",
            actor(0, a -> a.toBuilder().religion(" ").build()),
            "/actors/0/religion",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "actor wikidata leading zero",
            "Actor.wikidata",
            actor(0, a -> a.toBuilder().wikidata("Q0123").build()),
            "/actors/0/wikidata",
            RuleCode.WIKIDATA_FORMAT,
            WIKIDATA));
    cases.add(
        c(
            "actor wikidata property id",
            "Actor.wikidata",
            actor(1, a -> a.toBuilder().wikidata("P31").build()),
            "/actors/1/wikidata",
            RuleCode.WIKIDATA_FORMAT,
            WIKIDATA));
    // Location
    cases.add(
        c(
            "location id starting with dash",
            "Location.id",
            builder()
                .addLocations(
                    Location.builder()
                        .id("-leh")
                        .name("Leh")
                        .kind(LocationKind.LOCALITY)
                        .country("IN")
                        .build())
                .build(),
            "/locations/1/id",
            RuleCode.ID_FORMAT,
            ID));
    cases.add(
        c(
            "location name empty",
            "Location.name",
            location(l -> l.toBuilder().name("").build()),
            "/locations/0/name",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "location country alpha-3",
            "Location.country",
            location(l -> l.toBuilder().country("IND").build()),
            "/locations/0/country",
            RuleCode.COUNTRY_UNKNOWN,
            COUNTRY));
    cases.add(
        c(
            "location admin1 blank",
            "Location.admin1",
            location(l -> l.toBuilder().admin1(" ").build()),
            "/locations/0/admin1",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "location admin2 blank",
            "Location.admin2",
            location(l -> l.toBuilder().admin2("\n").build()),
            "/locations/0/admin2",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "location locality blank",
            "Location.locality",
            location(l -> l.toBuilder().locality("\u00a0").build()),
            "/locations/0/locality",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "latitude 90.0001",
            "Coordinates.latitude",
            coordinates(90.0001, 76.13),
            "/locations/0/coordinates/latitude",
            RuleCode.COORDINATES_RANGE,
            LATITUDE));
    cases.add(
        c(
            "latitude -90.0001",
            "Coordinates.latitude",
            coordinates(-90.0001, 76.13),
            "/locations/0/coordinates/latitude",
            RuleCode.COORDINATES_RANGE,
            LATITUDE));
    cases.add(
        c(
            "longitude 180.0001",
            "Coordinates.longitude",
            coordinates(34.55, 180.0001),
            "/locations/0/coordinates/longitude",
            RuleCode.COORDINATES_RANGE,
            LONGITUDE));
    cases.add(
        c(
            "longitude -180.0001",
            "Coordinates.longitude",
            coordinates(34.55, -180.0001),
            "/locations/0/coordinates/longitude",
            RuleCode.COORDINATES_RANGE,
            LONGITUDE));
    cases.add(
        c(
            "geonamesId 0",
            "Location.geonamesId",
            location(l -> l.toBuilder().geonamesId(0L).build()),
            "/locations/0/geonamesId",
            RuleCode.GEONAMES_FORMAT,
            GEONAMES));
    cases.add(
        c(
            "geonamesId negative",
            "Location.geonamesId",
            location(l -> l.toBuilder().geonamesId(-5L).build()),
            "/locations/0/geonamesId",
            RuleCode.GEONAMES_FORMAT,
            GEONAMES));
    // Event
    cases.add(
        c(
            "event id of 65 characters",
            "Event.id",
            builder()
                .addEvents(Event.builder().id("e".repeat(65)).category(EventCategory.AGREE).build())
                .build(),
            "/events/2/id",
            RuleCode.ID_FORMAT,
            ID));
    cases.add(
        c(
            "event label blank",
            "Event.label",
            event(0, e -> e.toBuilder().label(" ").build()),
            "/events/0/label",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "event summary empty",
            "Event.summary",
            event(1, e -> e.toBuilder().summary("").build()),
            "/events/1/summary",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "event second claim blank",
            "Event.claims",
            event(0, e -> e.toBuilder().claims(List.of("justice", " ")).build()),
            "/events/0/claims/1",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "size low negative",
            "Count.low",
            event(
                0,
                e ->
                    e.toBuilder()
                        .size(Count.builder().low(-1).high(9000).best(3000).build())
                        .build()),
            "/events/0/size/low",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "size high negative",
            "Count.high",
            event(0, e -> e.toBuilder().size(Count.builder().high(-1).build()).build()),
            "/events/0/size/high",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "size best negative",
            "Count.best",
            event(0, e -> e.toBuilder().size(Count.builder().best(-1).build()).build()),
            "/events/0/size/best",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "size reported phrase blank",
            "Count.reported",
            event(0, e -> e.toBuilder().size(Count.reported("thousands", " ")).build()),
            "/events/0/size/reported/1",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "fatalities best negative",
            "Count.best",
            event(0, e -> e.toBuilder().fatalities(Count.builder().best(-3).build()).build()),
            "/events/0/fatalities/best",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "injuries low negative",
            "Count.low",
            event(1, e -> e.toBuilder().injuries(Count.builder().low(-3).build()).build()),
            "/events/1/injuries/low",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "arrests high negative",
            "Count.high",
            event(
                1,
                e -> e.toBuilder().arrests(Count.builder().high(Long.MIN_VALUE).build()).build()),
            "/events/1/arrests/high",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "evidence start negative",
            "TextSpan.start",
            event(0, e -> e.toBuilder().evidence(List.of(TextSpan.of(-1, 74))).build()),
            "/events/0/evidence/0/start",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "second evidence end negative",
            "TextSpan.end",
            event(1, e -> e.toBuilder().addEvidence(TextSpan.of(0, -1)).build()),
            "/events/1/evidence/1/end",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "coding scheme upper case",
            "Coding.scheme",
            coding(Coding.builder().scheme("ACLED").code("Peaceful protest").build()),
            "/events/0/codings/0/scheme",
            RuleCode.CODING_SCHEME,
            SCHEME));
    cases.add(
        c(
            "coding scheme starting with digit",
            "Coding.scheme",
            coding(Coding.builder().scheme("1cameo").code("141").build()),
            "/events/0/codings/0/scheme",
            RuleCode.CODING_SCHEME,
            SCHEME));
    cases.add(
        c(
            "coding scheme of 33 characters",
            "Coding.scheme",
            coding(Coding.builder().scheme("s".repeat(33)).code("141").build()),
            "/events/0/codings/0/scheme",
            RuleCode.CODING_SCHEME,
            SCHEME));
    cases.add(
        c(
            "coding code blank",
            "Coding.code",
            coding(Coding.builder().scheme("cameo").code(" ").build()),
            "/events/0/codings/0/code",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "coding version blank",
            "Coding.version",
            coding(Coding.builder().scheme("cameo").code("141").version("").build()),
            "/events/0/codings/0/version",
            RuleCode.TEXT_BLANK,
            TEXT));
    // Quote
    cases.add(
        c(
            "quote id empty",
            "Quote.id",
            builder()
                .addQuotes(Quote.builder().id("").text("words").kind(QuoteKind.INDIRECT).build())
                .build(),
            "/quotes/2/id",
            RuleCode.ID_FORMAT,
            ID));
    cases.add(
        c(
            "quote text blank",
            "Quote.text",
            quote(1, q -> q.toBuilder().text(" ").build()),
            "/quotes/1/text",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "quote verb blank",
            "Quote.verb",
            quote(0, q -> q.toBuilder().verb("").build()),
            "/quotes/0/verb",
            RuleCode.TEXT_BLANK,
            TEXT));
    cases.add(
        c(
            "quote span start negative",
            "TextSpan.start",
            quote(0, q -> q.toBuilder().span(TextSpan.of(-76, 99)).build()),
            "/quotes/0/span/start",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    cases.add(
        c(
            "quote span end negative",
            "TextSpan.end",
            quote(0, q -> q.toBuilder().span(TextSpan.of(76, -99)).build()),
            "/quotes/0/span/end",
            RuleCode.NUMBER_NEGATIVE,
            NEGATIVE));
    return cases;
  }

  private static Report actor(int index, UnaryOperator<Actor> change) {
    return withActor(index, change);
  }

  private static Report location(UnaryOperator<Location> change) {
    return withLocation(0, change);
  }

  private static Report coordinates(double latitude, double longitude) {
    return location(l -> l.toBuilder().coordinates(Coordinates.of(latitude, longitude)).build());
  }

  private static Report event(int index, UnaryOperator<Event> change) {
    return withEvent(index, change);
  }

  private static Report coding(Coding coding) {
    return event(0, e -> e.toBuilder().codings(List.of(coding)).build());
  }

  private static Report quote(int index, UnaryOperator<Quote> change) {
    return withQuote(index, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsInvalidValueWithExactlyOneViolation(Case c) {
    assertThat(ReportValidator.create().validate(c.report()).violations())
        .containsExactly(c.expected());
  }

  @Test
  void everyFieldRuleCodeHasACanary() {
    Set<RuleCode> covered = cases().stream().map(Case::code).collect(Collectors.toSet());
    Set<RuleCode> fieldRules = EnumSet.noneOf(RuleCode.class);
    for (RuleCode code : RuleCode.values()) {
      if (code.isFieldRule()) {
        fieldRules.add(code);
      }
    }

    assertThat(covered).isEqualTo(fieldRules);
  }

  @Test
  void everyConstrainedAttributeHasACanary() {
    Set<String> constrained = new TreeSet<>();
    for (Class<?> type : MODEL_TYPES) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0
            && isConstrained(method)) {
          constrained.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    Set<String> covered =
        cases().stream().map(Case::attribute).collect(Collectors.toCollection(TreeSet::new));

    assertThat(constrained).as("constrained attributes found by reflection").hasSizeGreaterThan(30);
    assertThat(covered).isEqualTo(constrained);
  }

  /** Whether the accessor or a type argument of its return type carries a Jakarta constraint. */
  private static boolean isConstrained(Method method) {
    if (hasConstraint(method.getAnnotations())) {
      return true;
    }
    AnnotatedType type = method.getAnnotatedReturnType();
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument :
          ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        if (hasConstraint(argument.getAnnotations())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ boundaries that are valid

  @ParameterizedTest(name = "accepts latitude {0}, longitude {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "90, 180",
    "-90, -180",
    "90, -180",
    "-90, 180",
    "0, 0"
  })
  void acceptsCoordinatesOnTheBounds(double latitude, double longitude) {
    assertThat(ReportValidator.create().validate(coordinates(latitude, longitude)).violations())
        .isEmpty();
  }

  @Test
  void acceptsTheSmallestAndLargestValidValues() {
    Report report =
        builder()
            .id("a".repeat(64))
            .language("pt-BR")
            .url("http://x")
            .actors(
                List.of(
                    ValidReports.ansari().toBuilder().wikidata("Q1").country("PK").build(),
                    ValidReports.association(),
                    ValidReports.pakistan()))
            .addActors(Actor.builder().id("0").name("x").kind(ActorKind.GROUP).build())
            .addActors(Actor.builder().id("a._-9").name("y").kind(ActorKind.GROUP).build())
            .locations(List.of(ValidReports.kargil().toBuilder().geonamesId(1L).build()))
            .events(
                List.of(
                    ValidReports.rally().toBuilder()
                        .size(Count.builder().low(0).high(0).best(0).build())
                        .fatalities(Count.exactly(0))
                        .evidence(List.of(TextSpan.of(0, 0)))
                        .codings(
                            List.of(
                                Coding.of("a", "x"),
                                Coding.of("s".repeat(32), "y"),
                                Coding.builder()
                                    .scheme("acled-2.0_x")
                                    .code("z")
                                    .version("7")
                                    .build()))
                        .build(),
                    ValidReports.letter()))
            .build();

    assertThat(ReportValidator.create().validate(report).violations()).isEmpty();
  }

  @Test
  void acceptsAbsentOptionalValues() {
    Report report =
        builder()
            .title(java.util.Optional.empty())
            .publisher(java.util.Optional.empty())
            .url(java.util.Optional.empty())
            .actors(
                List.of(
                    Actor.builder()
                        .id("imran-ansari")
                        .name("Imran Ansari")
                        .kind(ActorKind.PERSON)
                        .build(),
                    ValidReports.association(),
                    ValidReports.pakistan()))
            .locations(
                List.of(
                    Location.builder()
                        .id("kargil")
                        .name("Kargil")
                        .kind(LocationKind.DISTRICT)
                        .country("IN")
                        .build()))
            .build();

    assertThat(ReportValidator.create().validate(report).violations()).isEmpty();
  }
}
