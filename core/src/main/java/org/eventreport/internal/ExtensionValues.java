package org.eventreport.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.eventreport.JsonNull;
import org.jspecify.annotations.Nullable;

/**
 * Checks and deep-freezes the values of a model object's {@code extensions}: the members a lenient
 * reader did not know. Allowed values are {@link String}, {@link Boolean}, {@link Integer}, {@link
 * Long}, {@link BigInteger}, {@link BigDecimal}, finite {@link Double}, {@link JsonNull}, and lists
 * and string-keyed maps of these. No Java {@code null} anywhere.
 */
public final class ExtensionValues {
  private ExtensionValues() {}

  /**
   * Whether {@code extensions} needs no {@link #freeze}: every value is frozen and no key is an
   * attribute name. Cheap for the usual empty map, so the model can call it on every build.
   */
  public static boolean isNormal(Set<String> attributeNames, Map<String, ?> extensions) {
    if (extensions.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, ?> entry : extensions.entrySet()) {
      if (attributeNames.contains(entry.getKey()) || !isFrozenValue(entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the keys against the owner's attribute names and returns a deeply unmodifiable copy of
   * the values (the top-level map itself is copied by the builder).
   *
   * @throws IllegalArgumentException if a key is an attribute name or a value is of another type
   */
  public static Map<String, Object> freeze(
      String owner, Set<String> attributeNames, Map<String, ?> extensions) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : extensions.entrySet()) {
      String key = entry.getKey();
      if (attributeNames.contains(key)) {
        throw new IllegalArgumentException(
            "extension key (" + key + ") of " + owner + " is one of its attribute names");
      }
      copy.put(key, freezeValue(owner, key, entry.getValue()));
    }
    return copy;
  }

  /** Whether {@link #freeze} would return {@code value} itself: a frozen container or a scalar. */
  private static boolean isFrozenValue(Object value) {
    return isScalar(value) || value instanceof FrozenList || value instanceof FrozenMap;
  }

  private static boolean isScalar(Object value) {
    return value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof JsonNull
        || (value instanceof Double d && Double.isFinite(d));
  }

  private static Object freezeValue(String owner, String key, @Nullable Object value) {
    if (value == null) {
      throw new NullPointerException(
          "extension (" + key + ") of " + owner + " holds null; use JsonNull.INSTANCE");
    }
    if (isFrozenValue(value)) {
      return value;
    }
    if (value instanceof Double) {
      throw new IllegalArgumentException(
          "extension (" + key + ") of " + owner + " holds a non-finite number");
    }
    if (value instanceof List<?> list) {
      Object[] items = new Object[list.size()];
      int i = 0;
      for (Object item : list) {
        items[i++] = freezeValue(owner, key, item);
      }
      return new FrozenList(items);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String name)) {
          throw new IllegalArgumentException(
              "extension ("
                  + key
                  + ") of "
                  + owner
                  + " holds a map with a key that is not a string");
        }
        copy.put(name, freezeValue(owner, key, entry.getValue()));
      }
      return new FrozenMap(copy);
    }
    throw new IllegalArgumentException(
        "extension ("
            + key
            + ") of "
            + owner
            + " holds a "
            + value.getClass().getName()
            + "; allowed are String, Boolean, Integer, Long, BigInteger, BigDecimal, Double,"
            + " JsonNull, List and Map");
  }

  /** An unmodifiable list that only {@link #freeze} makes, so frozen values can be recognised. */
  private static final class FrozenList extends AbstractList<Object> implements RandomAccess {
    private final Object[] items;

    FrozenList(Object[] items) {
      this.items = items;
    }

    @Override
    public Object get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }
  }

  /** An unmodifiable, insertion-ordered map that only {@link #freeze} makes. */
  private static final class FrozenMap extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    FrozenMap(Map<String, Object> entries) {
      this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return entries.containsKey(key);
    }
  }
}
