package org.eventreport.json.internal;

import static org.eventreport.json.internal.Property.defaulted;
import static org.eventreport.json.internal.Property.list;
import static org.eventreport.json.internal.Property.optional;
import static org.eventreport.json.internal.Property.required;

import java.util.List;
import org.eventreport.Actor;
import org.eventreport.ActorKind;
import org.eventreport.Coding;
import org.eventreport.Coordinates;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.EventStatus;
import org.eventreport.EventTime;
import org.eventreport.Location;
import org.eventreport.LocationKind;
import org.eventreport.LocationPrecision;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.TextSpan;
import org.eventreport.internal.Excerpt;
import org.eventreport.json.ReportFormatException;
import tools.jackson.core.JsonParser;

/**
 * The JSON format, in one place: every model type's members with their JSON names, in the order
 * they are written (the order of the design, not alphabetical), and how each is read and written.
 */
final class ModelBindings {
  private ModelBindings() {}

  private static final ValueReader<String> STRING = Scalars::string;
  private static final ValueReader<Long> INTEGER = Scalars::integer;
  private static final ValueReader<Integer> SMALL_INTEGER = Scalars::smallInteger;
  private static final ValueReader<Double> NUMBER = Scalars::number;

  private static <E extends Enum<E>> Scalars.Constants<E> constant(Class<E> type) {
    return Scalars.Constants.of(type);
  }

  static final TypeBinding<TextSpan, TextSpan.Builder> TEXT_SPAN =
      new TypeBinding<>(
          "TextSpan",
          TextSpan::builder,
          TextSpan.Builder::build,
          TextSpan.Builder::putExtensions,
          TextSpan::extensions,
          List.of(
              required(
                  "start",
                  SMALL_INTEGER,
                  TextSpan.Builder::start,
                  TextSpan::start,
                  Scalars::writeSmallInteger),
              required(
                  "end",
                  SMALL_INTEGER,
                  TextSpan.Builder::end,
                  TextSpan::end,
                  Scalars::writeSmallInteger)));

  static final TypeBinding<Count, Count.Builder> COUNT =
      new TypeBinding<>(
          "Count",
          Count::builder,
          Count.Builder::build,
          Count.Builder::putExtensions,
          Count::extensions,
          List.of(
              optional("low", INTEGER, Count.Builder::low, Count::low, Scalars::writeInteger),
              optional("high", INTEGER, Count.Builder::high, Count::high, Scalars::writeInteger),
              optional("best", INTEGER, Count.Builder::best, Count::best, Scalars::writeInteger),
              list(
                  "reported",
                  STRING,
                  Count.Builder::addReported,
                  Count::reported,
                  Scalars::writeString)));

  static final TypeBinding<EventTime, EventTime.Builder> EVENT_TIME =
      new TypeBinding<>(
          "EventTime",
          EventTime::builder,
          EventTime.Builder::build,
          EventTime.Builder::putExtensions,
          EventTime::extensions,
          List.of(
              optional(
                  "start",
                  Scalars::partialDate,
                  EventTime.Builder::start,
                  EventTime::start,
                  Scalars::writePartialDate),
              optional(
                  "end",
                  Scalars::partialDate,
                  EventTime.Builder::end,
                  EventTime::end,
                  Scalars::writePartialDate)));

  static final TypeBinding<Participation, Participation.Builder> PARTICIPATION =
      new TypeBinding<>(
          "Participation",
          Participation::builder,
          Participation.Builder::build,
          Participation.Builder::putExtensions,
          Participation::extensions,
          List.of(
              required(
                  "actor",
                  STRING,
                  Participation.Builder::actor,
                  Participation::actor,
                  Scalars::writeString),
              required(
                  "role",
                  constant(Role.class),
                  Participation.Builder::role,
                  Participation::role,
                  constant(Role.class))));

  static final TypeBinding<EventRelation, EventRelation.Builder> EVENT_RELATION =
      new TypeBinding<>(
          "EventRelation",
          EventRelation::builder,
          EventRelation.Builder::build,
          EventRelation.Builder::putExtensions,
          EventRelation::extensions,
          List.of(
              required(
                  "type",
                  constant(RelationType.class),
                  EventRelation.Builder::type,
                  EventRelation::type,
                  constant(RelationType.class)),
              required(
                  "event",
                  STRING,
                  EventRelation.Builder::event,
                  EventRelation::event,
                  Scalars::writeString)));

  static final TypeBinding<Coding, Coding.Builder> CODING =
      new TypeBinding<>(
          "Coding",
          Coding::builder,
          Coding.Builder::build,
          Coding.Builder::putExtensions,
          Coding::extensions,
          List.of(
              required(
                  "scheme", STRING, Coding.Builder::scheme, Coding::scheme, Scalars::writeString),
              required("code", STRING, Coding.Builder::code, Coding::code, Scalars::writeString),
              optional(
                  "version",
                  STRING,
                  Coding.Builder::version,
                  Coding::version,
                  Scalars::writeString)));

  static final TypeBinding<Coordinates, Coordinates.Builder> COORDINATES =
      new TypeBinding<>(
          "Coordinates",
          Coordinates::builder,
          Coordinates.Builder::build,
          Coordinates.Builder::putExtensions,
          Coordinates::extensions,
          List.of(
              required(
                  "latitude",
                  NUMBER,
                  Coordinates.Builder::latitude,
                  Coordinates::latitude,
                  Scalars::writeNumber),
              required(
                  "longitude",
                  NUMBER,
                  Coordinates.Builder::longitude,
                  Coordinates::longitude,
                  Scalars::writeNumber)));

  static final TypeBinding<Event, Event.Builder> EVENT =
      new TypeBinding<>(
          "Event",
          Event::builder,
          Event.Builder::build,
          Event.Builder::putExtensions,
          Event::extensions,
          List.of(
              required("id", STRING, Event.Builder::id, Event::id, Scalars::writeString),
              required(
                  "category",
                  constant(EventCategory.class),
                  Event.Builder::category,
                  Event::category,
                  constant(EventCategory.class)),
              optional(
                  "mode",
                  constant(EventMode.class),
                  Event.Builder::mode,
                  Event::mode,
                  constant(EventMode.class)),
              optional("label", STRING, Event.Builder::label, Event::label, Scalars::writeString),
              optional(
                  "summary", STRING, Event.Builder::summary, Event::summary, Scalars::writeString),
              defaulted(
                  "status",
                  constant(EventStatus.class),
                  Event.Builder::status,
                  Event::status,
                  constant(EventStatus.class)),
              optional("time", EVENT_TIME, Event.Builder::time, Event::time, EVENT_TIME),
              optional(
                  "location",
                  STRING,
                  Event.Builder::location,
                  Event::location,
                  Scalars::writeString),
              list(
                  "participants",
                  PARTICIPATION,
                  Event.Builder::addParticipants,
                  Event::participants,
                  PARTICIPATION),
              optional("size", COUNT, Event.Builder::size, Event::size, COUNT),
              optional("fatalities", COUNT, Event.Builder::fatalities, Event::fatalities, COUNT),
              optional("injuries", COUNT, Event.Builder::injuries, Event::injuries, COUNT),
              optional("arrests", COUNT, Event.Builder::arrests, Event::arrests, COUNT),
              list("claims", STRING, Event.Builder::addClaims, Event::claims, Scalars::writeString),
              list(
                  "relations",
                  EVENT_RELATION,
                  Event.Builder::addRelations,
                  Event::relations,
                  EVENT_RELATION),
              list("evidence", TEXT_SPAN, Event.Builder::addEvidence, Event::evidence, TEXT_SPAN),
              list("codings", CODING, Event.Builder::addCodings, Event::codings, CODING)));

  static final TypeBinding<Actor, Actor.Builder> ACTOR =
      new TypeBinding<>(
          "Actor",
          Actor::builder,
          Actor.Builder::build,
          Actor.Builder::putExtensions,
          Actor::extensions,
          List.of(
              required("id", STRING, Actor.Builder::id, Actor::id, Scalars::writeString),
              required("name", STRING, Actor.Builder::name, Actor::name, Scalars::writeString),
              required(
                  "kind",
                  constant(ActorKind.class),
                  Actor.Builder::kind,
                  Actor::kind,
                  constant(ActorKind.class)),
              list(
                  "aliases",
                  STRING,
                  Actor.Builder::addAliases,
                  Actor::aliases,
                  Scalars::writeString),
              list("titles", STRING, Actor.Builder::addTitles, Actor::titles, Scalars::writeString),
              list(
                  "affiliations",
                  STRING,
                  Actor.Builder::addAffiliations,
                  Actor::affiliations,
                  Scalars::writeString),
              optional(
                  "country", STRING, Actor.Builder::country, Actor::country, Scalars::writeString),
              optional(
                  "religion",
                  STRING,
                  Actor.Builder::religion,
                  Actor::religion,
                  Scalars::writeString),
              optional(
                  "wikidata",
                  STRING,
                  Actor.Builder::wikidata,
                  Actor::wikidata,
                  Scalars::writeString)));

  static final TypeBinding<Location, Location.Builder> LOCATION =
      new TypeBinding<>(
          "Location",
          Location::builder,
          Location.Builder::build,
          Location.Builder::putExtensions,
          Location::extensions,
          List.of(
              required("id", STRING, Location.Builder::id, Location::id, Scalars::writeString),
              required(
                  "name", STRING, Location.Builder::name, Location::name, Scalars::writeString),
              required(
                  "kind",
                  constant(LocationKind.class),
                  Location.Builder::kind,
                  Location::kind,
                  constant(LocationKind.class)),
              required(
                  "country",
                  STRING,
                  Location.Builder::country,
                  Location::country,
                  Scalars::writeString),
              optional(
                  "admin1",
                  STRING,
                  Location.Builder::admin1,
                  Location::admin1,
                  Scalars::writeString),
              optional(
                  "admin2",
                  STRING,
                  Location.Builder::admin2,
                  Location::admin2,
                  Scalars::writeString),
              optional(
                  "locality",
                  STRING,
                  Location.Builder::locality,
                  Location::locality,
                  Scalars::writeString),
              optional(
                  "coordinates",
                  COORDINATES,
                  Location.Builder::coordinates,
                  Location::coordinates,
                  COORDINATES),
              optional(
                  "precision",
                  constant(LocationPrecision.class),
                  Location.Builder::precision,
                  Location::precision,
                  constant(LocationPrecision.class)),
              optional(
                  "geonamesId",
                  INTEGER,
                  Location.Builder::geonamesId,
                  Location::geonamesId,
                  Scalars::writeInteger)));

  static final TypeBinding<Quote, Quote.Builder> QUOTE =
      new TypeBinding<>(
          "Quote",
          Quote::builder,
          Quote.Builder::build,
          Quote.Builder::putExtensions,
          Quote::extensions,
          List.of(
              required("id", STRING, Quote.Builder::id, Quote::id, Scalars::writeString),
              required("text", STRING, Quote.Builder::text, Quote::text, Scalars::writeString),
              required(
                  "kind",
                  constant(QuoteKind.class),
                  Quote.Builder::kind,
                  Quote::kind,
                  constant(QuoteKind.class)),
              optional(
                  "speaker", STRING, Quote.Builder::speaker, Quote::speaker, Scalars::writeString),
              optional("verb", STRING, Quote.Builder::verb, Quote::verb, Scalars::writeString),
              optional("event", STRING, Quote.Builder::event, Quote::event, Scalars::writeString),
              optional("span", TEXT_SPAN, Quote.Builder::span, Quote::span, TEXT_SPAN),
              optional(
                  "variantOf",
                  STRING,
                  Quote.Builder::variantOf,
                  Quote::variantOf,
                  Scalars::writeString)));

  static final TypeBinding<Report, Report.Builder> REPORT =
      new TypeBinding<>(
          "Report",
          Report::builder,
          Report.Builder::build,
          Report.Builder::putExtensions,
          Report::extensions,
          List.of(
              required("id", STRING, Report.Builder::id, Report::id, Scalars::writeString),
              defaulted(
                  "schemaVersion",
                  ModelBindings::schemaVersion,
                  Report.Builder::schemaVersion,
                  Report::schemaVersion,
                  Scalars::writeString),
              optional("title", STRING, Report.Builder::title, Report::title, Scalars::writeString),
              optional(
                  "publisher",
                  STRING,
                  Report.Builder::publisher,
                  Report::publisher,
                  Scalars::writeString),
              optional("url", STRING, Report.Builder::url, Report::url, Scalars::writeString),
              required(
                  "published",
                  Scalars::partialDate,
                  Report.Builder::published,
                  Report::published,
                  Scalars::writePartialDate),
              required(
                  "language",
                  STRING,
                  Report.Builder::language,
                  Report::language,
                  Scalars::writeString),
              optional("body", STRING, Report.Builder::body, Report::body, Scalars::writeString),
              list("events", EVENT, Report.Builder::addEvents, Report::events, EVENT),
              list("actors", ACTOR, Report.Builder::addActors, Report::actors, ACTOR),
              list(
                  "locations", LOCATION, Report.Builder::addLocations, Report::locations, LOCATION),
              list("quotes", QUOTE, Report.Builder::addQuotes, Report::quotes, QUOTE)));

  /** Only versions of major 1 are this format; a later major may mean anything. */
  private static String schemaVersion(JsonParser p, ReadOptions options) {
    String version = Scalars.string(p, options);
    if (!version.equals("1") && !version.startsWith("1.")) {
      throw new BindingFailure(
          p,
          ReportFormatException.Problem.INVALID_VALUE,
          "unsupported schemaVersion "
              + Excerpt.of(version)
              + "; this library reads "
              + Report.SCHEMA_VERSION);
    }
    return version;
  }
}
