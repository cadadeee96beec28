package org.eventreport;

/** Whether an event happened, according to the source. */
public enum EventStatus {
  /** The source reports that the event took place (the default). */
  OCCURRED,
  /** The event is announced or planned. */
  PLANNED,
  /** Someone threatened that the event would happen. */
  THREATENED,
  /** The event is discussed as a possibility. */
  HYPOTHETICAL,
  /** The source reports that the event did not happen, or someone denies it. */
  DENIED
}
