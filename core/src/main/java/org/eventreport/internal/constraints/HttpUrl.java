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

/** An absolute {@code http} or {@code https} URL with a host. An absent value is valid. */
@Documented
@Constraint(validatedBy = HttpUrl.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {
  /**
   * An approximation of the rule as a regular expression that must match the whole value, for JSON
   * Schema and other tools: an http(s) scheme in any case, optional user info, a host name or an
   * IPv6 literal, an optional port, then anything without white space. {@link Check} parses with
   * {@link java.net.URI}, which also rejects a few characters this pattern allows; a test lists
   * where the two differ.
   */
  String PATTERN =
      "[hH][tT][tT][pP][sS]?://(?:[^/?#@\\s]*@)?(?:\\[[0-9A-Fa-f:.]+\\]"
          + "|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?)"
          + "(?::[0-9]*)?(?:[/?#][^\\s]*)?";

  /** The message; fixed text, never built from the value. */
  String message() default "must be an absolute http or https URL with a host";

  /** Validation groups (unused). */
  Class<?>[] groups() default {};

  /** Payload (unused). */
  Class<? extends Payload>[] payload() default {};

  /** The validator of {@link HttpUrl}. */
  final class Check implements ConstraintValidator<HttpUrl, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || test(value);
    }

    /** The check itself; also run by the field rules' fast pre-check. */
    public static boolean test(String value) {
      try {
        java.net.URI uri = new java.net.URI(value);
        String scheme = uri.getScheme();
        return scheme != null
            && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
            && uri.getHost() != null
            && !uri.getHost().isEmpty();
      } catch (java.net.URISyntaxException e) {
        return false;
      }
    }
  }
}
