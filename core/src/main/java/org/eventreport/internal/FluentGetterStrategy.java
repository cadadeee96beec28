package org.eventreport.internal;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see the model's fluent accessors ({@code id()}, {@code events()}) as
 * properties. Without it, the default JavaBeans strategy sees no property at all and silently
 * checks nothing.
 */
final class FluentGetterStrategy implements GetterPropertySelectionStrategy {
  private final Set<String> notProperties = new HashSet<>();

  FluentGetterStrategy() {
    for (Method method : Object.class.getDeclaredMethods()) {
      notProperties.add(method.getName());
    }
    // The model's own no-argument methods that are not attributes.
    notProperties.add("toBuilder");
    notProperties.add("normalize");
  }

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length > 0
        || executable.getReturnType() == void.class
        || notProperties.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
