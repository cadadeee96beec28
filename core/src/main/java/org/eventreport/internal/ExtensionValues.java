package org.eventreport.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks and deep-freezes the values of a model object's {@code extensions}: the members a lenient
 * reader did not know. Allowed values are {@code null} (JSON null), {@link String}, {@link
 * Boolean}, {@link Integer}, {@link Long}, {@link BigInteger}, {@link BigDecimal}, {@link Double},
 * and lists and string-keyed maps of these.
 */
public final class ExtensionValues {
  private ExtensionValues() {}

  /**
   * Checks the keys against the owner's attribute names and returns a deeply unmodifiable copy of
   * the values (the top-level map itself is copied by the builder).
   *
   * @throws IllegalArgumentException if a key is an attribute name or a value is of another type
   */
  public static Map<String, @Nullable Object> freeze(
      String owner,
      Set<String> attributeNames,
      Map<String, ? extends @Nullable Object> extensions) {
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends @Nullable Object> entry : extensions.entrySet()) {
      String key = entry.getKey();
      if (attributeNames.contains(key)) {
        throw new IllegalArgumentException(
            "extension key (" + key + ") of " + owner + " is one of its attribute names");
      }
      copy.put(key, freezeValue(owner, key, entry.getValue()));
    }
    return copy;
  }

  /**
   * Whether {@code extensions} needs no {@link #freeze}: it is frozen and no key is an attribute
   * name. Cheap for the usual empty map, so the model can call it on every build.
   */
  public static boolean isNormal(
      Set<String> attributeNames, Map<String, ? extends @Nullable Object> extensions) {
    if (extensions.isEmpty()) {
      return true;
    }
    for (Map.Entry<String, ? extends @Nullable Object> entry : extensions.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException("extensions key");
      }
      if (attributeNames.contains(entry.getKey()) || !isFrozenValue(entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #freeze} would return {@code value} itself: a frozen container or a scalar. */
  private static boolean isFrozenValue(@Nullable Object value) {
    return value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || (value instanceof Double d && Double.isFinite(d))
        || value instanceof FrozenList
        || value instanceof FrozenMap;
  }

  private static @Nullable Object freezeValue(String owner, String key, @Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof FrozenList
        || value instanceof FrozenMap) {
      return value;
    }
    if (value instanceof Double d) {
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(
            "extension (" + key + ") of " + owner + " holds a non-finite number");
      }
      return value;
    }
    if (value instanceof List<?> list) {
      @Nullable Object[] items = new Object[list.size()];
      int i = 0;
      for (Object item : list) {
        items[i++] = freezeValue(owner, key, item);
      }
      return new FrozenList(items);
    }
    if (value instanceof Map) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException(
              "extension ("
                  + key
                  + ") of "
                  + owner
                  + " holds a map with a key that is not a string");
        }
        map.put((String) entry.getKey(), freezeValue(owner, key, entry.getValue()));
      }
      return new FrozenMap(map);
    }
    throw new IllegalArgumentException(
        "extension ("
            + key
            + ") of "
            + owner
            + " holds a "
            + value.getClass().getName()
            + "; allowed are null, String, Boolean, Integer, Long, BigInteger, BigDecimal, Double,"
            + " List and Map");
  }

  /** An unmodifiable list that only {@link #freeze} makes, so frozen values can be recognised. */
  private static final class FrozenList extends AbstractList<@Nullable Object>
      implements java.util.RandomAccess {
    private final @Nullable Object[] items;

    FrozenList(@Nullable Object[] items) {
      this.items = items;
    }

    @Override
    public @Nullable Object get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }
  }

  /** An unmodifiable, insertion-ordered map that only {@link #freeze} makes. */
  private static final class FrozenMap extends AbstractMap<String, @Nullable Object> {
    private final Map<String, @Nullable Object> entries;

    FrozenMap(Map<String, @Nullable Object> entries) {
      this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
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
