package org.eventreport;

/** What kind of place a location is, from the smallest to the largest. */
public enum LocationKind {
  /** A building or site, such as a mosque or a square. */
  SITE,
  /** A town, city or village. */
  LOCALITY,
  /** A second-level administrative unit. */
  DISTRICT,
  /** A first-level administrative unit, such as a state or province. */
  REGION,
  /** A whole country. */
  COUNTRY
}
