package org.eventreport.internal;

import org.eventreport.validation.RuleCode;

/**
 * Receives the built-in rules' violations; the validator decides severity and whether to keep it.
 */
@FunctionalInterface
public interface RuleSink {
  /** One violation of {@code code} at JSON Pointer {@code path}. */
  void add(RuleCode code, String path, String message);
}
