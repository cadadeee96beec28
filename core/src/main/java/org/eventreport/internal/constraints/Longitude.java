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

/** A longitude in degrees, from -180 to 180 inclusive. An absent value is valid. */
@Documented
@Constraint(validatedBy = Longitude.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Longitude {
  /** The smallest longitude, in degrees. */
  double MIN = -180.0;

  /** The largest longitude, in degrees. */
  double MAX = 180.0;

  /** The message; fixed text, never built from the value. */
  String message() default "must be a number between -180 and 180";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link Longitude}. */
  final class Check implements ConstraintValidator<Longitude, Double> {
    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(Double value) {
      return value >= -180.0 && value <= 180.0;
    }
  }
}
