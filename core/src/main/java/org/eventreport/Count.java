package org.eventreport;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/**
 * A number of people as the source gives it, following the Crowd Counting Consortium: a range
 * ({@code low}, {@code high}), an optional best guess, and the verbatim phrases it was read from.
 * "thousands" stays a phrase (perhaps with {@code low = 1000}), never a made-up exact number, and
 * unknown is absent, never 0.
 */
@Value.Immutable
public abstract class Count {
  static final Set<String> ATTRIBUTES = Set.of("low", "high", "best", "reported", "extensions");

  Count() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An exact count: low, high and best all equal to {@code n}. */
  public static Count exactly(long n) {
    return builder().low(n).high(n).best(n).build();
  }

  /** A count known only from the source's words, such as "hundreds". */
  public static Count reported(String... phrases) {
    return builder().addReported(phrases).build();
  }

  /** A builder holding this count's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The lowest number the source allows. */
  public abstract Optional<@PositiveOrZero(message = "must not be negative") Long> low();

  /** The highest number the source allows. */
  public abstract Optional<@PositiveOrZero(message = "must not be negative") Long> high();

  /** The best single estimate. */
  public abstract Optional<@PositiveOrZero(message = "must not be negative") Long> best();

  /** The source's own phrases, such as "thousands" and "hundreds". */
  public abstract List<@Text String> reported();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Count normalize() {
    if (low().isEmpty() && high().isEmpty() && best().isEmpty() && reported().isEmpty()) {
      throw new IllegalStateException("Count needs low, high, best or a reported phrase");
    }
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder().extensions(ExtensionValues.freeze("Count", ATTRIBUTES, extensions())).build();
  }

  /** Builds a {@link Count}. */
  public static final class Builder extends ImmutableCount.Builder {
    Builder() {}
  }
}
