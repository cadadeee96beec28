package org.eventreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventreport.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ReportSchemaTest {
  @Test
  void textIsTheResourceLoadedOnce() {
    assertThat(ReportSchema.text()).startsWith("{").endsWith("}\n").contains(ReportSchema.ID);
    assertThat(ReportSchema.text()).isSameAs(ReportSchema.text());
    assertThat(ReportSchema.class.getClassLoader().getResource(ReportSchema.RESOURCE)).isNotNull();
  }

  @Test
  void treeIsTheParsedTextAndAFreshCopyEachTime() {
    JsonNode tree = ReportSchema.tree();
    assertThat(tree.get("$id").asString()).isEqualTo(ReportSchema.ID);
    assertThat(tree.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    ((ObjectNode) tree).put("$id", "changed");
    ((ObjectNode) tree.get("$defs")).removeAll();
    assertThat(ReportSchema.tree().get("$id").asString()).isEqualTo(ReportSchema.ID);
    assertThat(ReportSchema.tree().get("$defs").size()).isGreaterThan(10);
    assertThat(ReportSchema.tree()).isEqualTo(ReportSchema.tree()).isNotSameAs(ReportSchema.tree());
  }

  @Test
  void idCarriesTheSchemaVersion() {
    assertThat(ReportSchema.ID)
        .isEqualTo(
            "https://eventreport.org/schema/report-" + Report.SCHEMA_VERSION + ".schema.json");
  }
}
