package org.eventreport.json.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON format's layout as {@link ModelBindings} defines it, for tests outside this package: for
 * every model type, its members in the order they are written and which of them are required. It is
 * read from the bindings themselves, so the schema generator cannot drift from the format.
 */
public final class BindingLayout {
  /** One model type's members. */
  public record TypeLayout(Class<?> type, List<String> names, List<String> required) {
    /** Whether the format has a member {@code name} for this type. */
    public boolean has(String name) {
      return names.contains(name);
    }

    /** Whether every document must have member {@code name}. */
    public boolean isRequired(String name) {
      return required.contains(name);
    }

    /** The member's position in the written order, or -1. */
    public int indexOf(String name) {
      return names.indexOf(name);
    }
  }

  private static final Map<Class<?>, TypeLayout> LAYOUTS = read();

  private BindingLayout() {}

  /** Every bound model type, in the order ModelBindings declares them. */
  public static Map<Class<?>, TypeLayout> all() {
    return LAYOUTS;
  }

  /** The layout of {@code type}, if it is a bound model type. */
  public static Optional<TypeLayout> of(Class<?> type) {
    return Optional.ofNullable(LAYOUTS.get(type));
  }

  private static Map<Class<?>, TypeLayout> read() {
    Map<Class<?>, TypeLayout> out = new LinkedHashMap<>();
    for (Field field : ModelBindings.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != TypeBinding.class) {
        continue;
      }
      // TypeBinding<T, B>: T is the model type.
      Class<?> type =
          (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
      try {
        field.setAccessible(true);
        TypeBinding<?, ?> binding = (TypeBinding<?, ?>) field.get(null);
        out.put(
            type, new TypeLayout(type, binding.propertyNames(), binding.requiredPropertyNames()));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no TypeBinding fields found in ModelBindings");
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
