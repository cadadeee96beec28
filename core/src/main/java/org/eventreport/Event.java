package org.eventreport;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/**
 * Something that happened (or was planned, threatened or denied): a rally, a march, a letter, a
 * killing. Categories and modes follow PLOVER; counts keep the source's vague words.
 */
@Value.Immutable
public abstract class Event {
  static final Set<String> ATTRIBUTES =
      Set.of(
          "id",
          "category",
          "mode",
          "label",
          "summary",
          "status",
          "time",
          "location",
          "participants",
          "size",
          "fatalities",
          "injuries",
          "arrests",
          "claims",
          "relations",
          "evidence",
          "codings",
          "extensions");

  Event() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this event's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The event's id, unique among the report's events. */
  @Id
  public abstract String id();

  /** The PLOVER category. */
  public abstract EventCategory category();

  /** The PLOVER mode; must be one of {@link EventCategory#modes()}. */
  public abstract Optional<EventMode> mode();

  /** The source's own words for the event, such as "candlelight march". */
  public abstract Optional<@Text String> label();

  /** A one-sentence summary. */
  public abstract Optional<@Text String> summary();

  /** Whether the event happened; {@link EventStatus#OCCURRED} unless set. */
  @Value.Default
  public EventStatus status() {
    return EventStatus.OCCURRED;
  }

  /** When the event happened; absent when the source does not say. */
  public abstract Optional<@Valid EventTime> time();

  /** The id of the {@link Location} where it happened. */
  public abstract Optional<String> location();

  /** Who took part, and in which role. */
  public abstract List<@Valid Participation> participants();

  /** How many people took part. */
  public abstract Optional<@Valid Count> size();

  /** How many people were killed. */
  public abstract Optional<@Valid Count> fatalities();

  /** How many people were injured. */
  public abstract Optional<@Valid Count> injuries();

  /** How many people were arrested. */
  public abstract Optional<@Valid Count> arrests();

  /** Demands and grievances, as reported. */
  public abstract List<@Text String> claims();

  /** How this event relates to other events of the report. */
  public abstract List<@Valid EventRelation> relations();

  /** The passages of the report's body that tell of this event. */
  public abstract List<@Valid TextSpan> evidence();

  /** Codes of other schemes, such as ACLED or CAMEO, for this event. */
  public abstract List<@Valid Coding> codings();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Event normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder().extensions(ExtensionValues.freeze("Event", ATTRIBUTES, extensions())).build();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
