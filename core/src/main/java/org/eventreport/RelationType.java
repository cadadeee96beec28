package org.eventreport;

/** How one event relates to another. */
public enum RelationType {
  /** This event responds to the other one. */
  IN_RESPONSE_TO,
  /** This event was caused by the other one. */
  CAUSED_BY,
  /** This event is part of the other one (must form no cycle). */
  PART_OF,
  /** Both describe the same real-world event. */
  SAME_AS,
  /** This event comes after the other one. */
  FOLLOWS,
  /** This event opposes the other one, such as a counter-protest. */
  COUNTER_TO
}
