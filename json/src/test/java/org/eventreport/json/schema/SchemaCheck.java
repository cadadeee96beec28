package org.eventreport.json.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eventreport.json.ReportSchema;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schema ({@link ReportSchema#text()}) in networknt's validator with format assertions
 * on, and small tools to change documents by JSON Pointer.
 */
final class SchemaCheck {
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static final Schema SCHEMA = REGISTRY.getSchema(ReportSchema.text(), InputFormat.JSON);

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What the schema found: the keyword that failed and the instance location (a JSON Pointer). */
  record Finding(String keyword, String at) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding other) {
      return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
      return keyword + " at " + (at.isEmpty() ? "(root)" : at);
    }
  }

  private SchemaCheck() {}

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static Set<Finding> findings(String json) {
    return errors(json).stream()
        .map(e -> new Finding(e.getKeyword(), pointer(e.getInstanceLocation())))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** An instance location as a JSON Pointer: {@code /events/0/mode}; the root is "". */
  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** {@code json} with the value at {@code pointer} set to {@code value} (JSON text). */
  static String with(String json, String pointer, String value) {
    JsonNode root = MAPPER.readTree(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    JsonNode newValue = MAPPER.readTree(value);
    if (parent instanceof ObjectNode object) {
      object.set(at.last().getMatchingProperty(), newValue);
    } else if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), newValue);
    } else {
      throw new IllegalArgumentException("no container at " + pointer);
    }
    return MAPPER.writeValueAsString(root);
  }

  /** {@code json} without the member at {@code pointer}. */
  static String without(String json, String pointer) {
    JsonNode root = MAPPER.readTree(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (!(parent instanceof ObjectNode object) || !object.has(at.last().getMatchingProperty())) {
      throw new IllegalArgumentException("no member at " + pointer);
    }
    object.remove(at.last().getMatchingProperty());
    return MAPPER.writeValueAsString(root);
  }
}
