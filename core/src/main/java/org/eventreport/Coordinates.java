package org.eventreport;

import java.util.Map;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.Latitude;
import org.eventreport.internal.constraints.Longitude;
import org.immutables.value.Value;

/** A point in WGS 84 degrees. Both numbers must be finite; their ranges are validation rules. */
@Value.Immutable
public abstract class Coordinates {
  static final Set<String> ATTRIBUTES = Set.of("latitude", "longitude", "extensions");

  Coordinates() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The point at {@code latitude}, {@code longitude}. */
  public static Coordinates of(double latitude, double longitude) {
    return builder().latitude(latitude).longitude(longitude).build();
  }

  /** A builder holding these coordinates, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Degrees north (negative: south), from -90 to 90. */
  @Latitude
  public abstract double latitude();

  /** Degrees east (negative: west), from -180 to 180. */
  @Longitude
  public abstract double longitude();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Coordinates normalize() {
    if (!Double.isFinite(latitude()) || !Double.isFinite(longitude())) {
      throw new IllegalStateException(
          "Coordinates must be finite, got latitude ("
              + latitude()
              + ") and longitude ("
              + longitude()
              + ")");
    }
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("Coordinates", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds {@link Coordinates}. */
  public static final class Builder extends ImmutableCoordinates.Builder {
    Builder() {}
  }
}
