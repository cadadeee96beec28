package org.eventreport;

/** How far the given coordinates may be from the place itself. */
public enum LocationPrecision {
  /** The coordinates are those of the place. */
  EXACT,
  /** The coordinates are near the place. */
  NEAR,
  /** The coordinates are those of the town or city. */
  LOCALITY,
  /** The coordinates are those of the district. */
  DISTRICT,
  /** The coordinates are those of the region. */
  REGION,
  /** The coordinates are those of the country. */
  COUNTRY
}
