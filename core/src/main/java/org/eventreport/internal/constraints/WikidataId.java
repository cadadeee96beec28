package org.eventreport.internal.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Wikidata item id such as {@code Q1156}. An absent value is valid. */
@Documented
@Constraint(validatedBy = WikidataId.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WikidataId {
  /**
   * The rule as a regular expression that must match the whole value (at most 20 characters), for
   * JSON Schema and other tools; a test keeps it in agreement with {@link Check}.
   */
  String PATTERN = "Q[1-9][0-9]{0,18}";

  /** The message; fixed text, never built from the value. */
  String message() default "must be a Wikidata item id: Q followed by digits, without leading zero";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link WikidataId}. */
  final class Check implements ConstraintValidator<WikidataId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      int n = value.length();
      if (n < 2 || n > 20 || value.charAt(0) != 'Q' || value.charAt(1) == '0') {
        return false;
      }
      for (int i = 1; i < n; i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }
  }
}
