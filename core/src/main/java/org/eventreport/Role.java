package org.eventreport;

/** The part an actor plays in an event. */
public enum Role {
  /** Organised the event. */
  ORGANIZER,
  /** Led the event, such as the cleric leading a march. */
  LEADER,
  /** Took part. */
  PARTICIPANT,
  /** Spoke at the event. */
  SPEAKER,
  /** Wrote the letter, statement or appeal. */
  AUTHOR,
  /** The letter or appeal was addressed to this actor. */
  ADDRESSEE,
  /** The event is directed against this actor. */
  TARGET,
  /** Suffered harm in the event. */
  VICTIM,
  /** Caused harm in the event. */
  PERPETRATOR,
  /** Expressed support for the event. */
  SUPPORTER
}
