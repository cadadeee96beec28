package org.eventreport;

/** Whether the source quotes words directly or reports them. */
public enum QuoteKind {
  /** Words in quotation marks, as spoken or written. */
  DIRECT,
  /** Reported speech, such as "Speakers said that ...". */
  INDIRECT
}
