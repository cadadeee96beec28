package org.eventreport.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eventreport.Report;
import org.eventreport.internal.constraints.CodingScheme;
import org.eventreport.internal.constraints.CountryCode;
import org.eventreport.internal.constraints.HttpUrl;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.LanguageTag;
import org.eventreport.internal.constraints.Latitude;
import org.eventreport.internal.constraints.Longitude;
import org.eventreport.internal.constraints.Text;
import org.eventreport.internal.constraints.WikidataId;
import org.eventreport.validation.RuleCode;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field rules: the Jakarta Validation constraints on the model, checked by one Hibernate
 * Validator built once per JVM (bootstrap costs a few hundred milliseconds) and configured so that
 * nothing on the host's classpath can change what it does.
 */
public final class FieldValidation {
  private static final Map<Class<? extends Annotation>, RuleCode> CODES = new HashMap<>();

  static {
    CODES.put(Text.class, RuleCode.TEXT_BLANK);
    CODES.put(Id.class, RuleCode.ID_FORMAT);
    CODES.put(Latitude.class, RuleCode.COORDINATES_RANGE);
    CODES.put(Longitude.class, RuleCode.COORDINATES_RANGE);
    CODES.put(PositiveOrZero.class, RuleCode.NUMBER_NEGATIVE);
    CODES.put(Positive.class, RuleCode.GEONAMES_FORMAT);
    CODES.put(CountryCode.class, RuleCode.COUNTRY_UNKNOWN);
    CODES.put(LanguageTag.class, RuleCode.LANGUAGE_MALFORMED);
    CODES.put(WikidataId.class, RuleCode.WIKIDATA_FORMAT);
    CODES.put(HttpUrl.class, RuleCode.URL_INVALID);
    CODES.put(CodingScheme.class, RuleCode.CODING_SCHEME);
  }

  private FieldValidation() {}

  /**
   * Checks the field rules of {@code report} and passes each violation to {@code sink}. A report
   * that {@link FieldPrecheck} proves clean (the common case) costs one pass of plain checks;
   * otherwise Hibernate Validator finds and reports the violations.
   */
  public static void check(Report report, RuleSink sink) {
    if (!FieldPrecheck.clean(report)) {
      checkWithHibernateValidator(report, sink);
    }
  }

  /**
   * Checks the field rules with Hibernate Validator alone, without the fast pre-check: what {@link
   * #check} does for a report that is not clean. For tests and benchmarks that compare the paths.
   */
  public static void checkWithHibernateValidator(Report report, RuleSink sink) {
    for (ConstraintViolation<Report> violation : Holder.VALIDATOR.validate(report)) {
      Class<? extends Annotation> type =
          violation.getConstraintDescriptor().getAnnotation().annotationType();
      RuleCode code = CODES.get(type);
      if (code == null) {
        // A constraint on the model without a code is a bug of ours, not bad input.
        throw new IllegalStateException("no rule code for constraint " + type.getName());
      }
      sink.add(code, JsonPointers.of(violation.getPropertyPath()), violation.getMessage());
    }
  }

  /** Builds the validator on first use, so that merely loading the model costs nothing. */
  private static final class Holder {
    static final Validator VALIDATOR;

    static {
      ValidatorFactory factory =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .ignoreXmlConfiguration()
              // No Jakarta EL: messages are fixed text and nothing from a report is ever evaluated.
              .messageInterpolator(new ParameterMessageInterpolator())
              .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
              .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
              .getterPropertySelectionStrategy(new FluentGetterStrategy())
              // A JPA provider on the host's classpath would otherwise change what is traversed.
              .traversableResolver(new TraverseAll())
              .enableTraversableResolverResultCache(false)
              .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
    }
  }

  /** Traverses every property, whatever else is on the classpath. */
  private static final class TraverseAll implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node node, Class<?> rootBeanType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node node, Class<?> rootBeanType, Path path, ElementType type) {
      return true;
    }
  }

  /** The codes of the field rules' constraints, for tests that check every constraint. */
  static Set<Class<? extends Annotation>> constraintTypes() {
    return CODES.keySet();
  }
}
