package org.eventreport.json.internal;

import org.eventreport.Report;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson mapper the report format: a deserializer and a serializer for {@link Report}
 * built on {@link ModelBindings}. Core carries no Jackson annotation; this module is the only glue.
 */
public final class ReportModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module whose reads keep unknown members ({@code keepUnknown}) or refuse them. */
  public ReportModule(ReadOptions options) {
    super("eventreport");
    addDeserializer(Report.class, new ReportDeserializer(options));
    addSerializer(Report.class, new ReportSerializer());
  }

  private static final class ReportDeserializer extends ValueDeserializer<Report> {
    private final ReadOptions options;

    ReportDeserializer(ReadOptions options) {
      this.options = options;
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext context) {
      return ModelBindings.REPORT.read(p, options);
    }
  }

  private static final class ReportSerializer extends ValueSerializer<Report> {
    @Override
    public void serialize(Report value, JsonGenerator g, SerializationContext context) {
      ModelBindings.REPORT.write(g, value);
    }
  }
}
