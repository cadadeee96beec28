package org.eventreport.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventreport.Report;

/**
 * The test resources of the robustness tests: the golden report document and the vendored
 * JSONTestSuite files, read from the class path only.
 */
final class SuiteResources {
  /** The golden document: {@code KargilReport.report()} written by {@code writePretty}. */
  static final String GOLDEN = "/org/eventreport/json/kargil-2024-08-01.json";

  /** The folder of the vendored JSONTestSuite {@code test_parsing} files. */
  static final String SUITE = "/JSONTestSuite/";

  /** The start of a minimal report that lenient reading completes with one more member. */
  static final String MINIMAL_REPORT_START =
      "{\"id\":\"r\",\"published\":\"2024-08-01\",\"language\":\"en\"";

  private SuiteResources() {}

  /** The bytes of a class path resource, exactly. */
  static byte[] bytes(String resource) {
    try (InputStream in = SuiteResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden document's bytes. */
  static byte[] golden() {
    return bytes(GOLDEN);
  }

  /** The golden document read strictly: the report every intact copy must give. */
  static Report goldenReport() {
    return ReportJson.strict().read(golden());
  }

  /** The names of the JSONTestSuite files whose names start with {@code prefix}, sorted. */
  static List<String> suiteFiles(String prefix) {
    Path folder = suiteFolder();
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(prefix) && name.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of one JSONTestSuite file. */
  static byte[] suiteFile(String name) {
    return bytes(SUITE + name);
  }

  private static Path suiteFolder() {
    URL license = SuiteResources.class.getResource(SUITE + "LICENSE");
    if (license == null) {
      throw new IllegalStateException("missing test resource folder " + SUITE);
    }
    try {
      URI uri = license.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          jar = FileSystems.getFileSystem(uri);
        }
        return jar.getPath(SUITE);
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list " + SUITE, e);
    }
  }
}
