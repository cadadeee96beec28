package org.eventreport.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eventreport.Report;
import org.eventreport.internal.FieldValidation;
import org.eventreport.internal.JsonPointers;
import org.eventreport.internal.ReportRules;

/**
 * Checks a {@link Report} against every rule and returns every violation in one {@link
 * ValidationResult}: the field rules (Jakarta Validation constraints on the model), the report
 * rules (how the parts fit together) and any rules of your own.
 *
 * <p>A validator is immutable and thread-safe: build it once and share it. The field rules are
 * first checked by a plain pass over the report; only a report that may break one is handed to
 * Hibernate Validator, which finds and words the violations. The first such report in a JVM
 * bootstraps Hibernate Validator (a few hundred milliseconds); later ones are cheap.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .disable("quote.not-found")                          // a rule off, by code
 *     .severity("event.no-participants", Severity.ERROR)   // a rule up, by code
 *     .addRule(myRule)                                     // a rule of your own
 *     .build();
 * ValidationResult result = validator.validate(report);
 * }</pre>
 */
public final class ReportValidator {
  private static final ReportValidator DEFAULT = builder().build();

  private static final Comparator<Violation> DOCUMENT_ORDER =
      Comparator.comparing(Violation::path, JsonPointers.DOCUMENT_ORDER)
          .thenComparing(Violation::code);

  /** Severity per built-in rule; a missing key means the rule is off. */
  private final EnumMap<RuleCode, Severity> builtIn;

  private final List<ReportRule> rules;
  private final Map<String, Severity> ruleSeverities;
  private final Map<String, Severity> overrides;
  private final boolean fieldRulesOn;

  private ReportValidator(Builder builder) {
    this.overrides = Map.copyOf(builder.overrides);
    this.rules = List.copyOf(builder.rules.values());
    this.builtIn = new EnumMap<>(RuleCode.class);
    for (RuleCode code : RuleCode.values()) {
      Severity severity =
          overrides.containsKey(code.code()) ? overrides.get(code.code()) : code.defaultSeverity();
      if (!builder.disabled.contains(code.code())) {
        builtIn.put(code, severity);
      }
    }
    Map<String, Severity> severities = new HashMap<>();
    for (ReportRule rule : rules) {
      if (!builder.disabled.contains(rule.code())) {
        severities.put(rule.code(), overrides.getOrDefault(rule.code(), rule.defaultSeverity()));
      }
    }
    this.ruleSeverities = Map.copyOf(severities);
    this.fieldRulesOn = builtIn.keySet().stream().anyMatch(RuleCode::isFieldRule);
    this.disabled = List.copyOf(builder.disabled);
  }

  private final List<String> disabled;

  /** The validator with every built-in rule at its default severity and no rules of your own. */
  public static ReportValidator create() {
    return DEFAULT;
  }

  /** A builder for a validator with rules turned off, severities changed, or rules added. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this validator's configuration, to make a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.disabled.addAll(disabled);
    builder.overrides.putAll(overrides);
    for (ReportRule rule : rules) {
      builder.rules.put(rule.code(), rule);
    }
    return builder;
  }

  /**
   * Checks {@code report} against every rule that is on.
   *
   * @return every violation found, in document order; empty when the report breaks no rule
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    List<Violation> found = new ArrayList<>();
    org.eventreport.internal.RuleSink sink =
        (code, path, message) -> {
          Severity severity = builtIn.get(code);
          if (severity != null) {
            found.add(new Violation(path, code.code(), severity, message));
          }
        };
    if (fieldRulesOn) {
      FieldValidation.check(report, sink);
    }
    ReportRules.check(report, sink);
    for (ReportRule rule : rules) {
      Severity severity = ruleSeverities.get(rule.code());
      if (severity != null) {
        rule.check(
            report,
            (path, message) ->
                found.add(
                    new Violation(
                        JsonPointers.checkPointer(Objects.requireNonNull(path, "path")),
                        rule.code(),
                        severity,
                        Objects.requireNonNull(message, "message"))));
      }
    }
    found.sort(DOCUMENT_ORDER);
    return ValidationResult.of(found);
  }

  /** The severity a rule has in this validator, or empty when the rule is off or unknown. */
  public Optional<Severity> severityOf(String code) {
    Optional<RuleCode> builtInCode = RuleCode.ofCode(code);
    if (builtInCode.isPresent()) {
      return Optional.ofNullable(builtIn.get(builtInCode.get()));
    }
    return Optional.ofNullable(ruleSeverities.get(code));
  }

  /**
   * Builds a {@link ReportValidator}. Codes are checked by {@link #build()}: a code that is neither
   * built in nor the code of an added rule is a mistake, and is refused.
   */
  public static final class Builder {
    private final List<String> disabled = new ArrayList<>();
    private final List<String> enabled = new ArrayList<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final Map<String, ReportRule> rules = new LinkedHashMap<>();

    private Builder() {}

    /** Turns off the rule with this code. */
    public Builder disable(String code) {
      Objects.requireNonNull(code, "code");
      if (!disabled.contains(code)) {
        disabled.add(code);
      }
      return this;
    }

    /** Turns the rule with this code back on, if it was turned off. */
    public Builder enable(String code) {
      disabled.remove(Objects.requireNonNull(code, "code"));
      enabled.add(code);
      return this;
    }

    /** Gives the rule with this code another severity. */
    public Builder severity(String code, Severity severity) {
      overrides.put(
          Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a rule of your own.
     *
     * @throws IllegalArgumentException if its code is malformed, built in, or already added
     */
    public Builder addRule(ReportRule rule) {
      Objects.requireNonNull(rule, "rule");
      String code = Objects.requireNonNull(rule.code(), "rule.code()");
      Objects.requireNonNull(rule.defaultSeverity(), "rule.defaultSeverity()");
      if (!isWellFormed(code)) {
        throw new IllegalArgumentException(
            "rule code (" + code + ") must be lowercase letters, digits, '.', '_' or '-'");
      }
      if (RuleCode.ofCode(code).isPresent()) {
        throw new IllegalArgumentException("rule code (" + code + ") is a built-in rule's code");
      }
      if (rules.putIfAbsent(code, rule) != null) {
        throw new IllegalArgumentException("rule code (" + code + ") was already added");
      }
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException if a code given to {@link #disable}, {@link #enable} or
     *     {@link #severity} is neither built in nor the code of an added rule
     */
    public ReportValidator build() {
      checkKnown(disabled);
      checkKnown(enabled);
      checkKnown(overrides.keySet());
      return new ReportValidator(this);
    }

    private void checkKnown(Iterable<String> codes) {
      for (String code : codes) {
        if (RuleCode.ofCode(code).isEmpty() && !rules.containsKey(code)) {
          throw new IllegalArgumentException(
              "unknown rule code (" + code + "): not built in and no added rule has it");
        }
      }
    }

    private static boolean isWellFormed(String code) {
      if (code.isEmpty() || code.length() > 64) {
        return false;
      }
      for (int i = 0; i < code.length(); i++) {
        char c = code.charAt(i);
        boolean ok =
            (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || (i > 0 && (c == '.' || c == '_' || c == '-'));
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }
}
