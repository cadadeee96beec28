package org.eventreport.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of built-in rules. Each code is stable: it will not change meaning between
 * versions, and removed codes are not reused. Field rules check one attribute; report rules check
 * how the parts of a report fit together.
 */
public enum RuleCode {
  /** Required text is empty or only white space; optional text, when present, likewise. */
  TEXT_BLANK("text.blank", Severity.ERROR, true, "text is not blank"),
  /** An id does not match {@code [a-z0-9][a-z0-9._-]{0,63}}. */
  ID_FORMAT("id.format", Severity.ERROR, true, "ids match [a-z0-9][a-z0-9._-]{0,63}"),
  /** A latitude is outside [-90, 90] or a longitude outside [-180, 180]. */
  COORDINATES_RANGE(
      "coordinates.range", Severity.ERROR, true, "latitude in [-90, 90], longitude in [-180, 180]"),
  /** A count or a span offset is negative. */
  NUMBER_NEGATIVE("number.negative", Severity.ERROR, true, "counts and span offsets are >= 0"),
  /** A GeoNames id is not a positive integer. */
  GEONAMES_FORMAT("geonames.format", Severity.ERROR, true, "GeoNames ids are positive"),
  /** A country code is not in the ISO 3166-1 alpha-2 list. */
  COUNTRY_UNKNOWN("country.unknown", Severity.ERROR, true, "country codes are ISO 3166-1 alpha-2"),
  /** A language is not a well-formed BCP 47 tag. */
  LANGUAGE_MALFORMED(
      "language.malformed", Severity.ERROR, true, "language is a well-formed BCP 47 tag"),
  /** A Wikidata id is not {@code Q} followed by digits. */
  WIKIDATA_FORMAT("wikidata.format", Severity.ERROR, true, "Wikidata ids are Q followed by digits"),
  /** A URL is not an absolute http or https URL with a host. */
  URL_INVALID("url.invalid", Severity.ERROR, true, "url is an absolute http(s) URL"),
  /** A coding scheme is not a lowercase name. */
  CODING_SCHEME("coding.scheme", Severity.ERROR, true, "coding schemes are lowercase names"),

  /** Two actors, two locations, two events or two quotes share an id. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR, false, "ids are unique per kind"),
  /** A reference names an id that nothing in the report has. */
  REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR, false, "every reference resolves"),
  /** A reference names an id of the wrong kind, such as a location where an actor is expected. */
  REFERENCE_WRONG_KIND(
      "reference.wrong-kind", Severity.ERROR, false, "every reference resolves to the right kind"),
  /** A count breaks {@code low <= best <= high}. */
  COUNT_RANGE("count.range", Severity.ERROR, false, "low <= best <= high in every count"),
  /** An event's time ends before it starts. */
  TIME_END_BEFORE_START(
      "time.end-before-start", Severity.ERROR, false, "time.end is not before time.start"),
  /** An event that occurred starts after the report was published. */
  TIME_AFTER_PUBLICATION(
      "time.after-publication",
      Severity.ERROR,
      false,
      "an occurred event does not start after published"),
  /** An event's mode is not one of its category's modes. */
  EVENT_MODE_CATEGORY(
      "event.mode-category", Severity.ERROR, false, "mode is valid for the category"),
  /** A cooperate, aid or sanction event has no target or addressee. */
  EVENT_RECIPIENT_REQUIRED(
      "event.recipient-required",
      Severity.ERROR,
      false,
      "cooperate, aid and sanction events have a target or addressee"),
  /** A protest event has no participant. */
  EVENT_NO_PARTICIPANTS(
      "event.no-participants", Severity.WARNING, false, "a protest has at least one participant"),
  /** An event relates to itself. */
  RELATION_SELF("relation.self", Severity.ERROR, false, "an event does not relate to itself"),
  /** The part_of relations form a cycle. */
  RELATION_PART_OF_CYCLE(
      "relation.part-of-cycle", Severity.ERROR, false, "part_of relations form no cycle"),
  /** A span's end is before its start. */
  SPAN_RANGE("span.range", Severity.ERROR, false, "a span's end is not before its start"),
  /** A span reaches past the end of the body. */
  SPAN_OUTSIDE_BODY("span.outside-body", Severity.ERROR, false, "a span lies inside body"),
  /** A quote's span covers text other than the quote. */
  QUOTE_SPAN_MISMATCH(
      "quote.span-mismatch",
      Severity.ERROR,
      false,
      "a quote's span covers text equal to the quote"),
  /** A direct quote without a span is not found in the body. */
  QUOTE_NOT_FOUND(
      "quote.not-found", Severity.ERROR, false, "a direct quote with no span is found in body"),
  /** A quote is a variant of itself. */
  QUOTE_VARIANT_SELF(
      "quote.variant-self", Severity.ERROR, false, "variantOf does not point at itself"),
  /** The variantOf links form a cycle. */
  QUOTE_VARIANT_CYCLE("quote.variant-cycle", Severity.ERROR, false, "variantOf forms no cycle");

  private static final Map<String, RuleCode> BY_CODE = new HashMap<>();

  static {
    for (RuleCode rule : values()) {
      BY_CODE.put(rule.code, rule);
    }
  }

  private final String code;
  private final Severity defaultSeverity;
  private final boolean fieldRule;
  private final String description;

  RuleCode(String code, Severity defaultSeverity, boolean fieldRule, String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.fieldRule = fieldRule;
    this.description = description;
  }

  /** The stable code, such as {@code reference.unresolved}. */
  public String code() {
    return code;
  }

  /** The severity unless the validator was configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Whether this rule checks one attribute (a Jakarta Validation constraint) rather than how the
   * parts of a report fit together.
   */
  public boolean isFieldRule() {
    return fieldRule;
  }

  /** What the rule checks, in a few words. */
  public String description() {
    return description;
  }

  /** The built-in rule with this code, if there is one. */
  public static Optional<RuleCode> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
