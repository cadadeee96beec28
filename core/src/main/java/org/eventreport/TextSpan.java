package org.eventreport;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.immutables.value.Value;

/**
 * A passage of the report's body: {@code start} and {@code end} are offsets in Unicode code points
 * (not UTF-16 units), {@code end} exclusive.
 */
@Value.Immutable
public abstract class TextSpan {
  static final Set<String> ATTRIBUTES = Set.of("start", "end", "extensions");

  TextSpan() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The span from {@code start} (inclusive) to {@code end} (exclusive). */
  public static TextSpan of(int start, int end) {
    return builder().start(start).end(end).build();
  }

  /** A builder holding this span's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The offset of the first code point. */
  @PositiveOrZero(message = "must not be negative")
  public abstract int start();

  /** The offset just past the last code point. */
  @PositiveOrZero(message = "must not be negative")
  public abstract int end();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  TextSpan normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("TextSpan", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds a {@link TextSpan}. */
  public static final class Builder extends ImmutableTextSpan.Builder {
    Builder() {}
  }
}
