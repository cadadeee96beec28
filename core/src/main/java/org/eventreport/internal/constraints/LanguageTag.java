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
 * A well-formed BCP 47 language tag such as {@code en} or {@code pt-BR}. An absent value is valid.
 */
@Documented
@Constraint(validatedBy = LanguageTag.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {
  /** The message; fixed text, never built from the value. */
  String message() default "must be a well-formed BCP 47 language tag such as en or pt-BR";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link LanguageTag}. */
  final class Check implements ConstraintValidator<LanguageTag, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      if (value.isEmpty()) {
        return false;
      }
      try {
        new java.util.Locale.Builder().setLanguageTag(value);
        return true;
      } catch (java.util.IllformedLocaleException e) {
        return false;
      }
    }
  }
}
