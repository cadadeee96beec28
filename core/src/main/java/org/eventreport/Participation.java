package org.eventreport;

import java.util.Map;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.immutables.value.Value;

/** An actor's part in an event: who, by id, and in which {@link Role}. */
@Value.Immutable
public abstract class Participation {
  static final Set<String> ATTRIBUTES = Set.of("actor", "role", "extensions");

  Participation() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The actor with id {@code actor} in the role {@code role}. */
  public static Participation of(String actor, Role role) {
    return builder().actor(actor).role(role).build();
  }

  /** A builder holding this participation's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The id of the {@link Actor}. */
  public abstract String actor();

  /** The actor's role in the event. */
  public abstract Role role();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Participation normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("Participation", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds a {@link Participation}. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
