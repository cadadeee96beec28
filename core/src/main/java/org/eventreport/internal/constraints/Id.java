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

/** An identifier: {@code [a-z0-9][a-z0-9._-]{0,63}}. An absent value is valid. */
@Documented
@Constraint(validatedBy = Id.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Id {
  /**
   * The rule as a regular expression that must match the whole value, for JSON Schema and other
   * tools; {@link Check} uses a faster loop, and a test keeps the two in agreement.
   */
  String PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

  /** The message; fixed text, never built from the value. */
  String message() default
      "must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link Id}. */
  final class Check implements ConstraintValidator<Id, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      // A character loop, not a regex: ids are checked on every node, and this is the hot path.
      int n = value.length();
      if (n == 0 || n > 64) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
          return false;
        }
      }
      return true;
    }
  }
}
