package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventreport.Report;
import org.eventreport.json.ReportJson;
import org.eventreport.json.schema.UnifiedDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The golden file: the seed report as JSON, read, compared with the report built in code, and
 * written back byte for byte. A change to the format or to {@link KargilReport} shows here as a
 * diff; when the change is meant, regenerate the file with {@link #REGENERATE} and review its diff.
 */
class GoldenFileTest {
  static final String REGENERATE =
      "./mvnw -B -q -pl json,examples -am test -Dtest=GoldenFileTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";
  private static final Path SOURCE = Path.of("src/main/resources" + KargilReport.JSON_RESOURCE);

  private final ReportJson json = ReportJson.strict();

  @Test
  @DisabledIfSystemProperty(named = "golden.update", matches = "true")
  void goldenFileReadsAsTheReportBuiltInCode() throws IOException {
    byte[] file = golden();

    assertReadsAsTheFixture(json, file);
  }

  @Test
  @DisabledIfSystemProperty(named = "golden.update", matches = "true")
  void writingTheReadReportGivesTheGoldenFileByteForByte() throws IOException {
    byte[] file = golden();

    String written = json.writePretty(json.read(file));

    if (!written.equals(text(file))) {
      fail(
          "writePretty(read(file)) differs from the golden file:\n"
              + diff(text(file), written, "writePretty(read(file))"));
    }
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
  }

  @Test
  @DisabledIfSystemProperty(named = "golden.update", matches = "true")
  void goldenFileIsTheCanonicalPrettyFormEndingInOneNewline() throws IOException {
    String file = text(golden());

    assertThat(file)
        .startsWith("{\n  \"id\" : \"kargil-2024-08-01\",\n  \"schemaVersion\" : \"1.0\",\n")
        .endsWith("\n  } ]\n}\n")
        .doesNotContain("\r")
        .doesNotContain("\t");
    assertThat(file.lines()).hasSize(265);
  }

  @Test
  @DisabledIfSystemProperty(named = "golden.update", matches = "true")
  void lenientReadingGivesTheSameReport() throws IOException {
    assertReadsAsTheFixture(ReportJson.lenient(), golden());
  }

  /** Rewrites the source file; run with {@code -Dgolden.update=true} (see {@link #REGENERATE}). */
  @Test
  @EnabledIfSystemProperty(named = "golden.update", matches = "true")
  void rewriteGoldenFile() throws IOException {
    Files.writeString(SOURCE, json.writePretty(KargilReport.report()), StandardCharsets.UTF_8);
  }

  private void assertReadsAsTheFixture(ReportJson reader, byte[] file) {
    Report read = reader.read(file);

    if (!read.equals(KargilReport.report())) {
      fail(
          "the golden file does not read as KargilReport.report(); from the file to the report"
              + " built in code:\n"
              + diff(text(file), json.writePretty(KargilReport.report()), "KargilReport.report()"));
    }
  }

  private static String diff(String file, String expected, String expectedName) {
    return UnifiedDiff.of(SOURCE.toString(), file, expectedName, expected)
        + "If the change is meant, regenerate the file and review its diff:\n  "
        + REGENERATE
        + "\n";
  }

  private static byte[] golden() throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream(KargilReport.JSON_RESOURCE)) {
      assertThat(in).as("resource %s", KargilReport.JSON_RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
