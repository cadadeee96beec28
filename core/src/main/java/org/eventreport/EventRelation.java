package org.eventreport;

import java.util.Map;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.immutables.value.Value;

/** A typed link from one event to another event of the same report, by id. */
@Value.Immutable
public abstract class EventRelation {
  static final Set<String> ATTRIBUTES = Set.of("type", "event", "extensions");

  EventRelation() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A relation of type {@code type} to the event with id {@code event}. */
  public static EventRelation of(RelationType type, String event) {
    return builder().type(type).event(event).build();
  }

  /** A builder holding this relation's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** How this event relates to the other. */
  public abstract RelationType type();

  /** The id of the other {@link Event}. */
  public abstract String event();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  EventRelation normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("EventRelation", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds an {@link EventRelation}. */
  public static final class Builder extends ImmutableEventRelation.Builder {
    Builder() {}
  }
}
