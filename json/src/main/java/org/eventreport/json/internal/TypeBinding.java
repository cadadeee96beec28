package org.eventreport.json.internal;

import static org.eventreport.json.ReportFormatException.Problem.DUPLICATE_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.INVALID_VALUE;
import static org.eventreport.json.ReportFormatException.Problem.MISSING_PROPERTY;
import static org.eventreport.json.ReportFormatException.Problem.UNKNOWN_PROPERTY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eventreport.internal.Excerpt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The JSON form of one model type: its members in their fixed order, read straight into the type's
 * builder and written from its accessors. Unknown members are errors, or (when the read keeps them)
 * go to the type's {@code extensions} and are written back after the known members.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class TypeBinding<T, B> implements ValueReader<T>, ValueWriter<T> {
  /** Puts one unknown member into a builder's extensions. */
  @FunctionalInterface
  interface ExtensionSetter<B> {
    void put(B builder, String key, Object value);
  }

  /** Makes the name matchers; they depend on the format (JSON), not on a mapper's settings. */
  private static final JsonFactory MATCHERS = new JsonFactory();

  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ExtensionSetter<B> putExtension;
  private final Function<T, Map<String, Object>> extensions;
  private final List<Property<T, B>> properties;
  private final PropertyNameMatcher names;
  private final long requiredMask;

  TypeBinding(
      String typeName,
      Supplier<B> newBuilder,
      Function<B, T> build,
      ExtensionSetter<B> putExtension,
      Function<T, Map<String, Object>> extensions,
      List<Property<T, B>> properties) {
    if (properties.size() > 63) {
      throw new IllegalArgumentException("a type may have at most 63 properties for the seen-mask");
    }
    this.typeName = typeName;
    this.newBuilder = newBuilder;
    this.build = build;
    this.putExtension = putExtension;
    this.extensions = extensions;
    this.properties = List.copyOf(properties);
    long mask = 0;
    List<Named> named = new ArrayList<>(properties.size());
    for (int i = 0; i < properties.size(); i++) {
      named.add(Named.fromString(properties.get(i).name));
      if (properties.get(i).required) {
        mask |= 1L << i;
      }
    }
    this.requiredMask = mask;
    // Matches member names on the parser's raw bytes, without making a String of each name.
    this.names = MATCHERS.constructNameMatcher(named, false);
  }

  /** The members' names in the order they are written. */
  List<String> propertyNames() {
    return properties.stream().map(p -> p.name).toList();
  }

  /** The names of the members every document must have, in the order they are written. */
  List<String> requiredPropertyNames() {
    return properties.stream().filter(p -> p.required).map(p -> p.name).toList();
  }

  @Override
  public T read(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Scalars.wrongType(p, "an object (" + typeName + ")");
    }
    B builder = newBuilder.get();
    // Duplicates of known members are found with a bit per member: cheaper than Jackson's
    // per-object hash set (STRICT_DUPLICATE_DETECTION), which is off.
    long seen = 0;
    Set<String> unknownSeen = null;
    int index;
    while ((index = p.nextNameMatch(names)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (index >= 0) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw new BindingFailure(
              p, DUPLICATE_PROPERTY, "duplicate property " + Excerpt.of(p.currentName()));
        }
        seen |= bit;
        p.nextToken();
        properties.get(index).read(p, options, builder);
        continue;
      }
      String name = p.currentName();
      if (index != PropertyNameMatcher.MATCH_UNKNOWN_NAME || name == null) {
        throw Scalars.wrongType(p, "a property name"); // not reached: the tokenizer refuses it
      }
      Scalars.checkName(p, name, options);
      if (!options.keepUnknown()) {
        throw new BindingFailure(
            p, UNKNOWN_PROPERTY, "unknown property " + Excerpt.of(name) + " of " + typeName);
      }
      if (unknownSeen == null) {
        unknownSeen = new HashSet<>();
      }
      if (!unknownSeen.add(name)) {
        throw new BindingFailure(p, DUPLICATE_PROPERTY, "duplicate property " + Excerpt.of(name));
      }
      p.nextToken();
      putExtension.put(builder, name, PlainValues.read(p, options));
    }
    if ((seen & requiredMask) != requiredMask) {
      throw new BindingFailure(
          p,
          MISSING_PROPERTY,
          typeName + " is missing required " + missing(seen),
          Pointers.enclosingObject(p));
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The model refuses meaningless values (a count with no number nor phrase); its messages
      // are fixed text and name no input.
      throw new BindingFailure(
          p, INVALID_VALUE, String.valueOf(e.getMessage()), Pointers.enclosingObject(p));
    }
  }

  private String missing(long seen) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required && (seen & (1L << i)) == 0) {
        out.append(count++ == 0 ? "" : ", ").append('"').append(properties.get(i).name).append('"');
      }
    }
    return (count == 1 ? "property " : "properties ") + out;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject(value);
    for (int i = 0; i < properties.size(); i++) {
      properties.get(i).write(g, value);
    }
    Map<String, Object> unknown = extensions.apply(value);
    if (!unknown.isEmpty()) {
      for (Map.Entry<String, Object> extension : unknown.entrySet()) {
        g.writeName(extension.getKey());
        PlainValues.write(g, extension.getValue());
      }
    }
    g.writeEndObject();
  }
}
