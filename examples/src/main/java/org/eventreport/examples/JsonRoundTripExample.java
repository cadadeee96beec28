package org.eventreport.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.eventreport.Report;
import org.eventreport.json.ReportJson;
import org.eventreport.json.ValidatedReport;
import org.eventreport.validation.Violation;

/**
 * Reads the seed report from its JSON file, validates it and writes it back: the JSON module's
 * round trip in a few lines. Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.eventreport.examples.JsonRoundTripExample}.
 */
public final class JsonRoundTripExample {
  private JsonRoundTripExample() {}

  /** Prints what was read, what the validator found and the size of the compact form. */
  public static void main(String[] args) throws IOException {
    byte[] file = resource(KargilReport.JSON_RESOURCE);

    ReportJson json = ReportJson.strict();
    ValidatedReport checked = json.readAndValidate(file);
    Report report = checked.report();
    System.out.printf("read %s: %d bytes%n", KargilReport.JSON_RESOURCE, file.length);
    System.out.printf(
        "report %s: %d events, %d actors, %d locations, %d quotes%n",
        report.id(),
        report.events().size(),
        report.actors().size(),
        report.locations().size(),
        report.quotes().size());
    System.out.printf("violations: %d%n", checked.validation().violations().size());
    for (Violation violation : checked.validation().violations()) {
      System.out.println("  " + violation);
    }
    System.out.printf("compact JSON: %d bytes%n", json.writeBytes(report).length);

    ByteArrayOutputStream pretty = new ByteArrayOutputStream();
    json.writePretty(report, pretty);
    System.out.println(
        Arrays.equals(pretty.toByteArray(), file)
            ? "written back: the same bytes as the file"
            : "written back: NOT the same bytes as the file");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = JsonRoundTripExample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      return in.readAllBytes();
    }
  }
}
