package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is what the generator makes of the current model. When the model, the
 * binding or the javadoc changes, regenerate it with {@link #REGENERATE} and commit the result.
 */
class SchemaIsUpToDateTest {
  /** Set this system property to {@code true} to write the schema instead of comparing it. */
  static final String WRITE_PROPERTY = "eventreport.schema.write";

  /** The command that regenerates the committed schema, from the repository's root. */
  static final String REGENERATE =
      "./mvnw -pl json -am test -Dtest=SchemaIsUpToDateTest -D"
          + WRITE_PROPERTY
          + "=true -Dsurefire.failIfNoSpecifiedTests=false";

  @Test
  void committedSchemaIsUpToDate() throws IOException {
    ReportSchemaGenerator generator = ReportSchemaGenerator.fromRepository();
    Path file = moduleDirectory().resolve(ReportSchemaGenerator.COMMITTED);
    String generated = generator.text();
    if (Boolean.getBoolean(WRITE_PROPERTY)) {
      generator.write(file);
      System.out.println("Wrote " + file.normalize() + " (" + generated.length() + " characters)");
      return;
    }
    String committed =
        Files.exists(file)
            ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")
            : "";
    if (!committed.equals(generated)) {
      fail(
          "The committed schema json/"
              + ReportSchemaGenerator.COMMITTED
              + " is out of date. Regenerate it from the repository's root with\n\n  "
              + REGENERATE
              + "\n\nand commit it. Differences (committed -> generated):\n"
              + UnifiedDiff.of("committed", committed, "generated", generated));
    }
  }

  static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
  }
}
