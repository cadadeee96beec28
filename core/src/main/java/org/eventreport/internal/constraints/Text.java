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

/** Text that is not empty and not only white space. An absent value is valid. */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {
  /**
   * The rule as a regular expression that must match the whole value, for JSON Schema and other
   * tools: at least one character that is neither {@link Character#isWhitespace white space} nor a
   * {@link Character#isSpaceChar space character}. Written with escapes only, so that Java,
   * ECMAScript and Python read it alike; a test checks it against {@link Check} for every code
   * point.
   */
  String PATTERN =
      "[\\s\\S]*[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F\\u0020\\u00A0\\u1680\\u2000-\\u200A"
          + "\\u2028\\u2029\\u202F\\u205F\\u3000][\\s\\S]*";

  /** The message; fixed text, never built from the value. */
  String message() default "must not be blank";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link Text}. */
  final class Check implements ConstraintValidator<Text, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      for (int i = 0; i < value.length(); ) {
        int cp = value.codePointAt(i);
        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
          return true;
        }
        i += Character.charCount(cp);
      }
      return false;
    }
  }
}
