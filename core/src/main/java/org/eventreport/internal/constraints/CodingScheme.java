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

/**
 * The name of a coding scheme, such as {@code acled}, {@code cameo} or {@code plover}. An absent
 * value is valid.
 */
@Documented
@Constraint(validatedBy = CodingScheme.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CodingScheme {
  /**
   * The rule as a regular expression that must match the whole value, for JSON Schema and other
   * tools; a test keeps it in agreement with {@link Check}.
   */
  String PATTERN = "[a-z][a-z0-9._-]{0,31}";

  /** The message; fixed text, never built from the value. */
  String message() default
      "must be a lowercase scheme name of 1 to 32 characters: a-z, 0-9, '.', '_' or '-', starting"
          + " with a letter";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link CodingScheme}. */
  final class Check implements ConstraintValidator<CodingScheme, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      int n = value.length();
      if (n == 0 || n > 32 || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
        return false;
      }
      for (int i = 1; i < n; i++) {
        char c = value.charAt(i);
        boolean ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }
}
