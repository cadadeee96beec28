package org.eventreport.benchmarks.pojo;

import java.util.List;
import org.eventreport.ActorKind;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventStatus;
import org.eventreport.LocationKind;
import org.eventreport.LocationPrecision;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Role;
import org.jspecify.annotations.Nullable;

/**
 * A report as a plain mutable POJO: public fields, declared in the format's member order, Java
 * enums for the enumerations (spelt in lower case by {@link PojoMappers}), and strings for partial
 * dates (a hand-written baseline would not parse {@code "2024-08"} into a type of its own). Absent
 * members are {@code null}.
 */
public final class PojoReport {
  public @Nullable String id;
  public @Nullable String schemaVersion;
  public @Nullable String title;
  public @Nullable String publisher;
  public @Nullable String url;
  public @Nullable String published;
  public @Nullable String language;
  public @Nullable String body;
  public @Nullable List<PojoEvent> events;
  public @Nullable List<PojoActor> actors;
  public @Nullable List<PojoLocation> locations;
  public @Nullable List<PojoQuote> quotes;

  /** An event. */
  public static final class PojoEvent {
    public @Nullable String id;
    public @Nullable EventCategory category;
    public @Nullable EventMode mode;
    public @Nullable String label;
    public @Nullable String summary;
    public @Nullable EventStatus status;
    public @Nullable PojoTime time;
    public @Nullable String location;
    public @Nullable List<PojoParticipation> participants;
    public @Nullable PojoCount size;
    public @Nullable PojoCount fatalities;
    public @Nullable PojoCount injuries;
    public @Nullable PojoCount arrests;
    public @Nullable List<String> claims;
    public @Nullable List<PojoRelation> relations;
    public @Nullable List<PojoSpan> evidence;
    public @Nullable List<PojoCoding> codings;
  }

  /** When an event happened. */
  public static final class PojoTime {
    public @Nullable String start;
    public @Nullable String end;
  }

  /** An actor's part in an event. */
  public static final class PojoParticipation {
    public @Nullable String actor;
    public @Nullable Role role;
  }

  /** A count of people. */
  public static final class PojoCount {
    public @Nullable Long low;
    public @Nullable Long high;
    public @Nullable Long best;
    public @Nullable List<String> reported;
  }

  /** A relation between events. */
  public static final class PojoRelation {
    public @Nullable RelationType type;
    public @Nullable String event;
  }

  /** A span of the body. */
  public static final class PojoSpan {
    public int start;
    public int end;
  }

  /** A code of another scheme. */
  public static final class PojoCoding {
    public @Nullable String scheme;
    public @Nullable String code;
    public @Nullable String version;
  }

  /** An actor. */
  public static final class PojoActor {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable ActorKind kind;
    public @Nullable List<String> aliases;
    public @Nullable List<String> titles;
    public @Nullable List<String> affiliations;
    public @Nullable String country;
    public @Nullable String religion;
    public @Nullable String wikidata;
  }

  /** A place. */
  public static final class PojoLocation {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable LocationKind kind;
    public @Nullable String country;
    public @Nullable String admin1;
    public @Nullable String admin2;
    public @Nullable String locality;
    public @Nullable PojoCoordinates coordinates;
    public @Nullable LocationPrecision precision;
    public @Nullable Long geonamesId;
  }

  /** A point on the earth. */
  public static final class PojoCoordinates {
    public double latitude;
    public double longitude;
  }

  /** A quote. */
  public static final class PojoQuote {
    public @Nullable String id;
    public @Nullable String text;
    public @Nullable QuoteKind kind;
    public @Nullable String speaker;
    public @Nullable String verb;
    public @Nullable String event;
    public @Nullable PojoSpan span;
    public @Nullable String variantOf;
  }
}
