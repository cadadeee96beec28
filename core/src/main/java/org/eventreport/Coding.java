package org.eventreport;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.CodingScheme;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/** A code from another scheme (ACLED, CAMEO, PLOVER or any other), tagged with its version. */
@Value.Immutable
public abstract class Coding {
  static final Set<String> ATTRIBUTES = Set.of("scheme", "code", "version", "extensions");

  Coding() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The code {@code code} of scheme {@code scheme}, with no version. */
  public static Coding of(String scheme, String code) {
    return builder().scheme(scheme).code(code).build();
  }

  /** A builder holding this coding's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The scheme's lowercase name, such as {@code acled}, {@code cameo} or {@code plover}. */
  @CodingScheme
  public abstract String scheme();

  /** The code in that scheme, such as CAMEO {@code 1413}. */
  @Text
  public abstract String code();

  /** The version of the scheme's codebook. */
  public abstract Optional<@Text String> version();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Coding normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("Coding", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds a {@link Coding}. */
  public static final class Builder extends ImmutableCoding.Builder {
    Builder() {}
  }
}
