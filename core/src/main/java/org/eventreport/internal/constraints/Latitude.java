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

/** A latitude in degrees, from -90 to 90 inclusive. An absent value is valid. */
@Documented
@Constraint(validatedBy = Latitude.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Latitude {
  /** The smallest latitude, in degrees. */
  double MIN = -90.0;

  /** The largest latitude, in degrees. */
  double MAX = 90.0;

  /** The message; fixed text, never built from the value. */
  String message() default "must be a number between -90 and 90";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link Latitude}. */
  final class Check implements ConstraintValidator<Latitude, Double> {
    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(Double value) {
      return value >= -90.0 && value <= 90.0;
    }
  }
}
