package org.eventreport.json.internal;

import org.eventreport.json.JsonLimits;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one Jackson mapper a {@code ReportJson} uses. Every feature the format relies on is
 * set here explicitly, so that a change of Jackson's defaults cannot change what is accepted; a
 * test pins each of them.
 */
public final class Mappers {
  private Mappers() {}

  /** A mapper for the given limits, with the report module registered. */
  public static JsonMapper create(JsonLimits limits, boolean keepUnknown) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    // Jackson counts names in UTF-8 bytes and numbers in digits; the binding
                    // checks both exactly (UTF-16 units, characters), so Jackson's limits are
                    // only a backstop that never refuses what the exact checks allow.
                    .maxNameLength(Math.multiplyExact(limits.maxNameLength(), 3))
                    .maxNumberLength(limits.maxNumberLength())
                    // The document size is counted exactly by ReportJson, per record in NDJSON.
                    .maxDocumentLength(-1)
                    .build())
            // Jackson's own messages quote at most a short token and never the raw input.
            .errorReportConfiguration(
                ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(
                        Math.min(40, ErrorReportConfiguration.DEFAULT_MAX_ERROR_TOKEN_LENGTH))
                    .maxRawContentLength(0)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .addModule(new ReportModule(options(limits, keepUnknown)))
        // Strict RFC 8259: no comments, single quotes, NaN, leading zeros, trailing commas, ...
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        // Duplicates are found by the binding, per object, with a bit per known member.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // For users of the module through the mapper: a report is the whole document.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** The binding's options for these limits. */
  public static ReadOptions options(JsonLimits limits, boolean keepUnknown) {
    return new ReadOptions(
        keepUnknown, limits.maxStringLength(), limits.maxNameLength(), limits.maxNumberLength());
  }
}
