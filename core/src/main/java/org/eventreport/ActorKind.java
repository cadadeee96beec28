package org.eventreport;

/** What kind of actor this is. */
public enum ActorKind {
  /** A single person. */
  PERSON,
  /** A formal organisation such as an association or a party. */
  ORGANIZATION,
  /** An informal group of people, such as the Shia community of a town. */
  GROUP,
  /** A government, ministry or state body. */
  GOVERNMENT
}
