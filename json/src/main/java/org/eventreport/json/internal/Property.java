package org.eventreport.json.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One member of a model type's JSON object: its name, whether a document must have it, how its
 * value is read into the builder and how it is written from the value.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
abstract class Property<T, B> {
  final String name;
  final SerializableString serializedName;
  final boolean required;

  private Property(String name, boolean required) {
    this.name = name;
    this.serializedName = new SerializedString(name);
    this.required = required;
  }

  /** Reads the value the parser is on into {@code builder}. */
  abstract void read(JsonParser parser, ReadOptions options, B builder);

  /** Writes the member, name and value, unless the value is absent or an empty list. */
  abstract void write(JsonGenerator generator, T owner);

  /** A member every document has. */
  static <T, B, V> Property<T, B> required(
      String name,
      ValueReader<V> reader,
      BiConsumer<B, V> setter,
      Function<T, V> getter,
      ValueWriter<? super V> writer) {
    return single(name, true, reader, setter, getter, writer);
  }

  /** A member with a default value: a document may leave it out, but it is always written. */
  static <T, B, V> Property<T, B> defaulted(
      String name,
      ValueReader<V> reader,
      BiConsumer<B, V> setter,
      Function<T, V> getter,
      ValueWriter<? super V> writer) {
    return single(name, false, reader, setter, getter, writer);
  }

  private static <T, B, V> Property<T, B> single(
      String name,
      boolean required,
      ValueReader<V> reader,
      BiConsumer<B, V> setter,
      Function<T, V> getter,
      ValueWriter<? super V> writer) {
    return new Property<>(name, required) {
      @Override
      void read(JsonParser parser, ReadOptions options, B builder) {
        setter.accept(builder, reader.read(parser, options));
      }

      @Override
      void write(JsonGenerator generator, T owner) {
        generator.writeName(serializedName);
        writer.write(generator, getter.apply(owner));
      }
    };
  }

  /** An optional member: absent in the document when the value is empty. */
  static <T, B, V> Property<T, B> optional(
      String name,
      ValueReader<V> reader,
      BiConsumer<B, V> setter,
      Function<T, Optional<V>> getter,
      ValueWriter<? super V> writer) {
    return new Property<>(name, false) {
      @Override
      void read(JsonParser parser, ReadOptions options, B builder) {
        setter.accept(builder, reader.read(parser, options));
      }

      @Override
      void write(JsonGenerator generator, T owner) {
        Optional<V> value = getter.apply(owner);
        if (value.isPresent()) {
          generator.writeName(serializedName);
          writer.write(generator, value.get());
        }
      }
    };
  }

  /** A list member: absent in the document when the list is empty. */
  static <T, B, V> Property<T, B> list(
      String name,
      ValueReader<V> reader,
      BiConsumer<B, V> adder,
      Function<T, List<V>> getter,
      ValueWriter<? super V> writer) {
    return new Property<>(name, false) {
      @Override
      void read(JsonParser parser, ReadOptions options, B builder) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          throw Scalars.wrongType(parser, "an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          adder.accept(builder, reader.read(parser, options));
        }
      }

      @Override
      void write(JsonGenerator generator, T owner) {
        List<V> values = getter.apply(owner);
        if (!values.isEmpty()) {
          generator.writeName(serializedName);
          generator.writeStartArray(values, values.size());
          for (int i = 0; i < values.size(); i++) { // the model's lists are random-access
            writer.write(generator, values.get(i));
          }
          generator.writeEndArray();
        }
      }
    };
  }
}
