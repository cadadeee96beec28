package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventreport.Event;
import org.eventreport.Report;
import org.eventreport.json.ReportJson;
import org.eventreport.json.ReportSchema;
import org.eventreport.json.internal.BindingLayout;
import org.eventreport.json.internal.BindingLayout.TypeLayout;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipped schema has the shape of the format as {@code ModelBindings} defines it: the same
 * members in the same order, the same required ones, no unknown members, no nulls, every type and
 * member described.
 */
class SchemaShapeTest {
  private final JsonNode schema = ReportSchema.tree();

  private JsonNode definition(Class<?> type) {
    return type == Report.class ? schema : schema.get("$defs").get(type.getSimpleName());
  }

  @Test
  void idCarriesTheFormatVersion() {
    assertThat(schema.get("$id").asString())
        .isEqualTo(ReportSchema.ID)
        .isEqualTo(
            "https://eventreport.org/schema/report-" + Report.SCHEMA_VERSION + ".schema.json");
  }

  @Test
  void everyTypeHasTheBindingsMembersInTheirOrderAndTheirRequiredOnes() {
    assertThat(BindingLayout.all()).hasSize(12);
    for (Map.Entry<Class<?>, TypeLayout> entry : BindingLayout.all().entrySet()) {
      JsonNode definition = definition(entry.getKey());
      String type = entry.getKey().getSimpleName();
      assertThat(definition).as(type).isNotNull();
      assertThat(definition.get("type").asString()).as(type).isEqualTo("object");
      assertThat(definition.get("properties").propertyNames())
          .as("members of " + type)
          .containsExactlyElementsOf(entry.getValue().names());
      List<String> required = new ArrayList<>();
      JsonNode requiredNode = definition.get("required");
      if (requiredNode != null) {
        requiredNode.values().forEach(name -> required.add(name.asString()));
      }
      assertThat(required)
          .as("required members of " + type)
          .containsExactlyElementsOf(entry.getValue().required());
      assertThat(definition.get("additionalProperties").isBoolean()).as(type).isTrue();
      assertThat(definition.get("additionalProperties").asBoolean()).as(type).isFalse();
    }
  }

  @Test
  void everyTypeAndMemberHasATitleAndADescription() {
    schema.get("$defs").properties().forEach(e -> assertDescribed(e.getKey(), e.getValue()));
    assertDescribed("Report", schema);
    for (Class<?> type : BindingLayout.all().keySet()) {
      definition(type)
          .get("properties")
          .properties()
          .forEach(e -> assertDescribed(type.getSimpleName() + "." + e.getKey(), e.getValue()));
    }
  }

  private static void assertDescribed(String what, JsonNode node) {
    assertThat(node.path("title").asString("")).as("title of " + what).isNotBlank();
    assertThat(node.path("description").asString("")).as("description of " + what).isNotBlank();
  }

  @Test
  void nothingIsNullableAndEveryPatternIsAnchored() {
    List<String> problems = new ArrayList<>();
    walk(schema, "#", problems);
    assertThat(problems).isEmpty();
  }

  private static void walk(JsonNode node, String at, List<String> problems) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      if (type != null && !type.isString()) {
        problems.add(at + ": type is not a single name: " + type);
      }
      if (type != null && type.isString() && type.asString().equals("null")) {
        problems.add(at + ": type null");
      }
      JsonNode pattern = node.get("pattern");
      if (pattern != null
          && !(pattern.asString().startsWith("^(?:") && pattern.asString().endsWith(")$"))) {
        problems.add(at + ": pattern not anchored: " + pattern);
      }
      node.properties()
          .forEach(
              e -> {
                String key = e.getKey();
                if (key.equals("properties") || key.equals("$defs")) {
                  // A map of names to schemas, not a schema.
                  e.getValue()
                      .properties()
                      .forEach(
                          m -> walk(m.getValue(), at + "/" + key + "/" + m.getKey(), problems));
                } else {
                  walk(e.getValue(), at + "/" + key, problems);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, problems);
      }
    }
  }

  @Test
  void defaultsAreWhatTheReaderFillsIn() {
    String minimal =
        "{\"id\":\"r\",\"published\":\"2024\",\"language\":\"en\","
            + "\"events\":[{\"id\":\"e\",\"category\":\"agree\"}]}";
    JsonNode written =
        SchemaCheck.MAPPER.readTree(ReportJson.strict().write(ReportJson.strict().read(minimal)));
    assertThat(schema.at("/properties/schemaVersion/default"))
        .isEqualTo(written.get("schemaVersion"));
    assertThat(definition(Event.class).at("/properties/status/default"))
        .isEqualTo(written.at("/events/0/status"));
  }

  @Test
  void enumsAreInTheJsonSpelling() {
    assertThat(schema.at("/$defs/RelationType/enum").toString()).contains("\"in_response_to\"");
    assertThat(schema.at("/$defs/EventCategory/enum").size()).isEqualTo(16);
    assertThat(schema.at("/$defs/CountryCode/enum").size()).isEqualTo(249);
    assertThat(schema.at("/$defs/CountryCode/enum/0").asString()).isEqualTo("AD");
  }

  @Test
  void boundsComeFromTheConstraints() {
    JsonNode coordinates = definition(org.eventreport.Coordinates.class).get("properties");
    assertThat(coordinates.at("/latitude/minimum").asDouble()).isEqualTo(-90.0);
    assertThat(coordinates.at("/latitude/maximum").asDouble()).isEqualTo(90.0);
    assertThat(coordinates.at("/longitude/minimum").asDouble()).isEqualTo(-180.0);
    assertThat(coordinates.at("/longitude/maximum").asDouble()).isEqualTo(180.0);
    JsonNode location = definition(org.eventreport.Location.class).get("properties");
    assertThat(location.at("/geonamesId/minimum").asLong()).isEqualTo(1);
    assertThat(location.at("/geonamesId/exclusiveMinimum").isMissingNode()).isTrue();
    JsonNode count = definition(org.eventreport.Count.class).get("properties");
    assertThat(count.at("/low/minimum").asLong()).isZero();
    JsonNode span = definition(org.eventreport.TextSpan.class).get("properties");
    assertThat(span.at("/start/minimum").asLong()).isZero();
    assertThat(span.at("/end/maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
  }
}
