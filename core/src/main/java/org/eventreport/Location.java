package org.eventreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.CountryCode;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/** A place named in the report, with its administrative hierarchy and, if known, a point. */
@Value.Immutable
public abstract class Location {
  static final Set<String> ATTRIBUTES =
      Set.of(
          "id",
          "name",
          "kind",
          "country",
          "admin1",
          "admin2",
          "locality",
          "coordinates",
          "precision",
          "geonamesId",
          "extensions");

  Location() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this location's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The location's id, unique among the report's locations. */
  @Id
  public abstract String id();

  /** The name the report uses, such as "Imam Bargah Zadibal". */
  @Text
  public abstract String name();

  /** What kind of place this is. */
  public abstract LocationKind kind();

  /** The country as an ISO 3166-1 alpha-2 code. */
  @CountryCode
  public abstract String country();

  /** The first-level administrative unit, such as "Ladakh". */
  public abstract Optional<@Text String> admin1();

  /** The second-level administrative unit, such as "Kargil". */
  public abstract Optional<@Text String> admin2();

  /** The town or city, such as "Srinagar". */
  public abstract Optional<@Text String> locality();

  /** A point for the place. */
  public abstract Optional<@Valid Coordinates> coordinates();

  /** How far {@link #coordinates()} may be from the place itself. */
  public abstract Optional<LocationPrecision> precision();

  /** The GeoNames id of the place (a positive integer). */
  public abstract Optional<@Positive(message = "must be a positive integer") Long> geonamesId();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Location normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("Location", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
