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
  /**
   * The well-formedness syntax of RFC 5646 ({@code langtag}, private use or a grandfathered tag) as
   * a regular expression that must match the whole value, for JSON Schema and other tools. Unlike
   * {@link Check}, it cannot see a repeated variant or extension singleton; a test lists where the
   * two differ.
   */
  String PATTERN =
      "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
          + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?"
          + "|[xX](?:-[A-Za-z0-9]{1,8})+|[eE][nN]-[gG][bB]-[oO][eE][dD]"
          + "|[iI]-(?:[aA][mM][iI]|[bB][nN][nN]|[dD][eE][fF][aA][uU][lL][tT]|[eE][nN][oO][cC][hH][iI][aA][nN]"
          + "|[hH][aA][kK]|[kK][lL][iI][nN][gG][oO][nN]|[lL][uU][xX]|[mM][iI][nN][gG][oO]"
          + "|[nN][aA][vV][aA][jJ][oO]|[pP][wW][nN]|[tT][aA][oO]|[tT][aA][yY]|[tT][sS][uU])"
          + "|[sS][gG][nN]-(?:[bB][eE]-[fF][rR]|[bB][eE]-[nN][lL]|[cC][hH]-[dD][eE])";

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
