package org.eventreport.json.internal;

import static org.eventreport.json.ReportFormatException.Problem.DUPLICATE_PROPERTY;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventreport.JsonNull;
import org.eventreport.internal.Excerpt;
import org.eventreport.json.ReportFormatException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Unknown members' values as plain Java values, so that they survive a lenient round trip exactly:
 * integers stay integers of any size, decimals are {@link BigDecimal} ({@code 1.10} stays {@code
 * 1.10}), and JSON null is {@link JsonNull#INSTANCE}. The model deep-freezes what this returns.
 */
final class PlainValues {
  private PlainValues() {}

  static Object read(JsonParser p, ReadOptions options) {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(p, options);
      case START_ARRAY -> readArray(p, options);
      case VALUE_STRING -> Scalars.string(p, options);
      case VALUE_NUMBER_INT ->
          switch (Scalars.checkedNumber(p, options).getNumberType()) {
            case INT -> p.getIntValue();
            case LONG -> p.getLongValue();
            default -> p.getBigIntegerValue();
          };
      case VALUE_NUMBER_FLOAT -> decimal(Scalars.checkedNumber(p, options));
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> JsonNull.INSTANCE;
      default -> throw Scalars.wrongType(p, "a JSON value");
    };
  }

  private static BigDecimal decimal(JsonParser p) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      // An exponent beyond the range of BigDecimal, such as 1e2147483648.
      throw new BindingFailure(
          p, ReportFormatException.Problem.INVALID_VALUE, "number is out of range of a decimal");
    }
  }

  private static Map<String, Object> readObject(JsonParser p, ReadOptions options) {
    Map<String, Object> map = new LinkedHashMap<>();
    String name;
    while ((name = p.nextName()) != null) {
      Scalars.checkName(p, name, options);
      if (map.containsKey(name)) {
        throw new BindingFailure(p, DUPLICATE_PROPERTY, "duplicate property " + Excerpt.of(name));
      }
      p.nextToken();
      map.put(name, read(p, options));
    }
    return map;
  }

  private static List<Object> readArray(JsonParser p, ReadOptions options) {
    List<Object> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(read(p, options));
    }
    return list;
  }

  static void write(JsonGenerator g, Object value) {
    if (value instanceof JsonNull) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i.intValue());
    } else if (value instanceof Long l) {
      g.writeNumber(l.longValue());
    } else if (value instanceof BigInteger bi) {
      g.writeNumber(bi);
    } else if (value instanceof BigDecimal bd) {
      g.writeNumber(bd);
    } else if (value instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (value instanceof List<?> list) {
      g.writeStartArray(list, list.size());
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject(map);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        g.writeName(String.valueOf(entry.getKey()));
        write(g, entry.getValue());
      }
      g.writeEndObject();
    } else {
      // The model admits no other type; reaching here is a bug of ours.
      throw new IllegalStateException("unexpected extension value type " + value.getClass());
    }
  }
}
