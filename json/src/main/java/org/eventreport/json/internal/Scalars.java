package org.eventreport.json.internal;

import static org.eventreport.json.ReportFormatException.Problem.INVALID_VALUE;
import static org.eventreport.json.ReportFormatException.Problem.LIMIT_EXCEEDED;
import static org.eventreport.json.ReportFormatException.Problem.WRONG_TYPE;

import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eventreport.PartialDate;
import org.eventreport.internal.Excerpt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Reads and writes the scalar values of the format, refusing every coercion. */
final class Scalars {
  private Scalars() {}

  static String string(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, "a string");
    }
    String value = p.getString();
    if (value.length() > options.maxStringLength()) {
      throw new BindingFailure(
          p,
          LIMIT_EXCEEDED,
          "string of "
              + value.length()
              + " characters is longer than the limit ("
              + options.maxStringLength()
              + ")");
    }
    return value;
  }

  /**
   * The number the parser is on, checked against the exact limit on its length in characters
   * (Jackson's own limit counts digits only, not the sign, point or exponent).
   */
  static JsonParser checkedNumber(JsonParser p, ReadOptions options) {
    int length = p.getStringLength();
    if (length > options.maxNumberLength()) {
      throw new BindingFailure(
          p,
          LIMIT_EXCEEDED,
          "number of "
              + length
              + " characters is longer than the limit ("
              + options.maxNumberLength()
              + ")");
    }
    return p;
  }

  /** Checks a member name against the exact limit, in UTF-16 units. */
  static void checkName(JsonParser p, String name, ReadOptions options) {
    if (name.length() > options.maxNameLength()) {
      throw new BindingFailure(
          p,
          LIMIT_EXCEEDED,
          "property name of "
              + name.length()
              + " characters is longer than the limit ("
              + options.maxNameLength()
              + ")");
    }
  }

  static long integer(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    checkedNumber(p, options);
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new BindingFailure(p, INVALID_VALUE, "integer is out of range (a 64-bit integer)");
    }
    return p.getLongValue();
  }

  static int smallInteger(JsonParser p, ReadOptions options) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    checkedNumber(p, options);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new BindingFailure(p, INVALID_VALUE, "integer is out of range (a 32-bit integer)");
    }
    return p.getIntValue();
  }

  static double number(JsonParser p, ReadOptions options) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(p, "a number");
    }
    checkedNumber(p, options);
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw new BindingFailure(p, INVALID_VALUE, "number is out of range of a double");
    }
    return value;
  }

  static PartialDate partialDate(JsonParser p, ReadOptions options) {
    String text = string(p, options);
    PartialDate simple = SimpleDates.parse(text);
    if (simple != null) {
      return simple;
    }
    try {
      return PartialDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BindingFailure(
          p,
          INVALID_VALUE,
          "expected a partial date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time with offset), got "
              + Excerpt.of(text));
    }
  }

  /** The JSON spelling of an enum constant: {@code IN_RESPONSE_TO} is {@code in_response_to}. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads and writes the constants of one enum type in their JSON spelling, the constant's name in
   * lower case. The spellings are made once, with the bindings: reading is one hash lookup and
   * writing copies pre-encoded bytes (lower-casing every constant's name on every read and write
   * was the largest allocation of the binding).
   */
  static final class Constants<E extends Enum<E>> implements ValueReader<E>, ValueWriter<E> {
    private final Map<String, E> byName = new HashMap<>();
    private final EnumMap<E, SerializableString> spellings;
    private final String all;

    private Constants(Class<E> type) {
      spellings = new EnumMap<>(type);
      StringBuilder names = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        String spelling = spelling(constant);
        byName.put(spelling, constant);
        spellings.put(constant, new SerializedString(spelling));
        names.append(names.length() == 0 ? "" : ", ").append(spelling);
      }
      all = names.toString();
    }

    /** The constants of {@code type}. */
    static <E extends Enum<E>> Constants<E> of(Class<E> type) {
      return new Constants<>(type);
    }

    @Override
    public E read(JsonParser p, ReadOptions options) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType(p, "one of " + all);
      }
      String text = p.getString();
      E constant = byName.get(text);
      if (constant == null) {
        throw new BindingFailure(
            p, INVALID_VALUE, "expected one of " + all + ", got " + Excerpt.of(text));
      }
      return constant;
    }

    @Override
    public void write(JsonGenerator g, E value) {
      g.writeString(Objects.requireNonNull(spellings.get(value)));
    }
  }

  static BindingFailure wrongType(JsonParser p, String expected) {
    return new BindingFailure(p, WRONG_TYPE, "expected " + expected + ", got " + describe(p));
  }

  /** What the current token is, with a short escaped excerpt for scalars. */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + Excerpt.of(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Excerpt.of(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  static void writeString(JsonGenerator g, String value) {
    g.writeString(value);
  }

  static void writeInteger(JsonGenerator g, Long value) {
    g.writeNumber(value.longValue());
  }

  static void writeSmallInteger(JsonGenerator g, Integer value) {
    g.writeNumber(value.intValue());
  }

  static void writeNumber(JsonGenerator g, Double value) {
    g.writeNumber(value.doubleValue());
  }

  static void writePartialDate(JsonGenerator g, PartialDate value) {
    g.writeString(value.toString());
  }
}
