package org.eventreport;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.immutables.value.Value;

/**
 * When an event happened, as a start and an end of any {@link PartialDate precision}. At least one
 * of them is present; an event whose date is unknown has no {@code EventTime} at all.
 */
@Value.Immutable
public abstract class EventTime {
  static final Set<String> ATTRIBUTES = Set.of("start", "end", "extensions");

  EventTime() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A time known to the given precision only, such as the day {@code 2024-07-31}. */
  public static EventTime on(PartialDate date) {
    return builder().start(date).build();
  }

  /** A builder holding this time's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** When the event started. */
  public abstract Optional<PartialDate> start();

  /** When the event ended; must not be before {@link #start()}. */
  public abstract Optional<PartialDate> end();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  EventTime normalize() {
    if (start().isEmpty() && end().isEmpty()) {
      throw new IllegalStateException("EventTime needs a start or an end");
    }
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("EventTime", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds an {@link EventTime}. */
  public static final class Builder extends ImmutableEventTime.Builder {
    Builder() {}
  }
}
