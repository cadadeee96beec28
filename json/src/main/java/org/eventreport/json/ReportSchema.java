package org.eventreport.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eventreport.Report;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of the report format that {@link ReportJson} writes and strictly
 * reads, for tools in any language: editors, other validators, code generators.
 *
 * <pre>{@code
 * String schema = ReportSchema.text();   // the schema document
 * JsonNode tree = ReportSchema.tree();    // the same, parsed (a fresh copy)
 * }</pre>
 *
 * <p>The schema states the structure (members, types, which are required, no unknown members), the
 * field rules (ids, non-blank text, country codes, language tags, Wikidata ids, URLs, coding
 * schemes, coordinates, non-negative counts and offsets) and PLOVER's modes and recipients. It
 * cannot state the rules that compare parts of a report (references, {@code low <= best <= high},
 * dates against {@code published}, spans against {@code body}, cycles): run {@link
 * org.eventreport.validation.ReportValidator} for those. It describes strict documents; a document
 * that a lenient reader accepts may carry unknown members that the schema refuses.
 *
 * <p>The schema is generated from the model at build time and shipped as the resource {@value
 * #RESOURCE}; nothing here generates anything at run time. The class is thread-safe; the text is
 * loaded and parsed once.
 */
public final class ReportSchema {
  /** The schema's {@code $id}, which carries {@link Report#SCHEMA_VERSION}. */
  public static final String ID =
      "https://eventreport.org/schema/report-" + Report.SCHEMA_VERSION + ".schema.json";

  /** The class-path resource that holds the schema. */
  public static final String RESOURCE = "org/eventreport/json/report.schema.json";

  private ReportSchema() {}

  /**
   * The schema as JSON text (UTF-8 when written out), exactly as shipped.
   *
   * @return the schema document, the same string on every call
   */
  public static String text() {
    return Holder.TEXT;
  }

  /**
   * The schema as a Jackson tree.
   *
   * @return a fresh copy of the parsed schema on every call, so that changing it changes nothing
   *     else
   */
  public static JsonNode tree() {
    return Holder.TREE.deepCopy();
  }

  /** Loads the resource on first use. */
  private static final class Holder {
    static final String TEXT = load();
    static final JsonNode TREE = parse(TEXT);

    private static String load() {
      // Relative to this class's package, which also works from a named module.
      try (InputStream in = ReportSchema.class.getResourceAsStream("report.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
      }
    }

    private static JsonNode parse(String text) {
      return JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build()
          .readTree(text);
    }
  }
}
