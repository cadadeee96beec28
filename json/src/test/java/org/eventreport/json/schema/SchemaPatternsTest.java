package org.eventreport.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eventreport.PartialDate;
import org.eventreport.internal.constraints.CodingScheme;
import org.eventreport.internal.constraints.HttpUrl;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.LanguageTag;
import org.eventreport.internal.constraints.Latitude;
import org.eventreport.internal.constraints.Longitude;
import org.eventreport.internal.constraints.Text;
import org.eventreport.internal.constraints.WikidataId;
import org.eventreport.json.ReportSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schema's patterns and bounds agree with the validator's checks ({@code X.Check}) and with
 * {@link PartialDate#parse(CharSequence)}: exhaustively where that is cheap, on samples otherwise.
 * Where a pattern can only approximate a check (BCP 47 tags, URLs), the known differences are
 * listed here, and the README says so.
 */
class SchemaPatternsTest {
  private static final JsonNode DEFS = ReportSchema.tree().get("$defs");

  /** The pattern of a definition, with JSON Schema's semantics: it may match anywhere. */
  private static Pattern pattern(String definition) {
    return Pattern.compile(DEFS.get(definition).get("pattern").asString());
  }

  /** The inputs on which the schema's pattern and the check disagree, with the check's verdict. */
  private static Map<String, Boolean> disagreements(
      String definition, ConstraintValidator<?, String> check, Iterable<String> inputs) {
    Pattern pattern = pattern(definition);
    Map<String, Boolean> out = new TreeMap<>();
    for (String input : inputs) {
      boolean valid = check.isValid(input, null);
      if (pattern.matcher(input).find() != valid) {
        out.put(input, valid);
      }
    }
    return out;
  }

  @Test
  void textAgreesForEveryCodePointAlone() {
    List<String> inputs = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      inputs.add(Character.toString(cp));
    }
    inputs.addAll(
        List.of("", " ", "  x  ", "\t\n", "\u00a0\u2007\u202f", "\ufeff", "\u200b", "a b"));
    assertThat(disagreements("Text", new Text.Check(), inputs)).isEmpty();
    assertThat(DEFS.at("/Text/minLength").asInt()).isEqualTo(1);
  }

  @Test
  void idAgreesOnRandomStrings() {
    SplittableRandom random = new SplittableRandom(6);
    String alphabet = "abcxyz0189._-AZ é/";
    List<String> inputs =
        new ArrayList<>(List.of("", "a", "0", ".a", "-", "a".repeat(64), "a".repeat(65)));
    for (int i = 0; i < 50_000; i++) {
      inputs.add(randomString(random, alphabet, random.nextInt(i % 100 == 0 ? 70 : 8)));
    }
    assertThat(disagreements("Id", new Id.Check(), inputs)).isEmpty();
  }

  @Test
  void codingSchemeAgreesOnRandomStrings() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "acz09._-A é";
    List<String> inputs = new ArrayList<>(List.of("", "a", "0a", "a".repeat(32), "a".repeat(33)));
    for (int i = 0; i < 50_000; i++) {
      inputs.add(randomString(random, alphabet, random.nextInt(i % 100 == 0 ? 40 : 6)));
    }
    assertThat(disagreements("CodingScheme", new CodingScheme.Check(), inputs)).isEmpty();
  }

  @Test
  void wikidataIdAgreesOnRandomStrings() {
    SplittableRandom random = new SplittableRandom(8);
    List<String> inputs = new ArrayList<>(List.of("", "Q", "Q0", "Q1", "q1", "Q01", "P31", "Q1 "));
    for (int length = 1; length <= 22; length++) {
      inputs.add("Q" + "9".repeat(length));
    }
    for (int i = 0; i < 20_000; i++) {
      inputs.add(randomString(random, "Q0123456789xq", random.nextInt(8)));
    }
    assertThat(disagreements("WikidataId", new WikidataId.Check(), inputs)).isEmpty();
  }

  @Test
  void coordinatesBoundsAreTheChecksBounds() {
    JsonNode coordinates = DEFS.at("/Coordinates/properties");
    double latMin = coordinates.at("/latitude/minimum").asDouble();
    double latMax = coordinates.at("/latitude/maximum").asDouble();
    double lonMin = coordinates.at("/longitude/minimum").asDouble();
    double lonMax = coordinates.at("/longitude/maximum").asDouble();
    assertThat(new Latitude.Check().isValid(latMin, null)).isTrue();
    assertThat(new Latitude.Check().isValid(latMax, null)).isTrue();
    assertThat(new Latitude.Check().isValid(Math.nextDown(latMin), null)).isFalse();
    assertThat(new Latitude.Check().isValid(Math.nextUp(latMax), null)).isFalse();
    assertThat(new Longitude.Check().isValid(lonMin, null)).isTrue();
    assertThat(new Longitude.Check().isValid(lonMax, null)).isTrue();
    assertThat(new Longitude.Check().isValid(Math.nextDown(lonMin), null)).isFalse();
    assertThat(new Longitude.Check().isValid(Math.nextUp(lonMax), null)).isFalse();
  }

  @Test
  void partialDateAgreesWithTheParser() {
    Pattern pattern = pattern("PartialDate");
    List<String> inputs = new ArrayList<>();
    String[] years = {
      "0000", "0001", "0004", "0099", "0100", "0400", "1000", "1582", "1900", "1999", "2000",
      "2023", "2024", "2100", "2400", "9996", "9999", "199", "20245", "-2024", "+2024", "２０２４"
    };
    for (String year : years) {
      inputs.add(year);
      for (int month = 0; month <= 13; month++) {
        String ym = year + "-" + two(month);
        inputs.add(ym);
        for (int day = 0; day <= 32; day++) {
          inputs.add(ym + "-" + two(day));
        }
      }
      inputs.add(year + "-7");
      inputs.add(year + "-07-1");
      inputs.add(year + "0731");
    }
    String[] times = {
      "T00:00",
      "T23:59",
      "T24:00",
      "T12:60",
      "T12:00:00",
      "T12:00:59",
      "T12:00:60",
      "T12:00:00.5",
      "T12:00:00.123456789",
      "T12:00:00.1234567890",
      "T12:00.5",
      "T1:00",
      "t12:00",
      " T12:00"
    };
    String[] offsets = {
      "Z",
      "z",
      "+00:00",
      "-00:00",
      "+05:30",
      "-03:30",
      "+18:00",
      "-18:00",
      "+18:01",
      "+19:00",
      "+05:60",
      "+0530",
      "+05",
      "",
      "[Asia/Kolkata]",
      "Z "
    };
    for (String date :
        new String[] {"2024-07-31", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31"}) {
      for (String time : times) {
        for (String offset : offsets) {
          inputs.add(date + time + offset);
        }
      }
    }
    inputs.addAll(List.of("", " 2024", "2024 ", "\n2024", "2024-\n07"));
    Map<String, Boolean> disagreements = new TreeMap<>();
    for (String input : inputs) {
      boolean valid;
      try {
        PartialDate.parse(input);
        valid = true;
      } catch (DateTimeParseException e) {
        valid = false;
      }
      if (pattern.matcher(input).find() != valid) {
        disagreements.put(input, valid);
      }
    }
    assertThat(inputs).hasSizeGreaterThan(10_000);
    assertThat(disagreements).isEmpty();
  }

  /** Tags the JDK (and so the validator) and the pattern both accept. */
  private static final List<String> WELL_FORMED_TAGS =
      List.of(
          "en",
          "EN",
          "en-US",
          "en-us",
          "pt-BR",
          "zh-Hant-TW",
          "zh-yue-HK",
          "sr-Latn-RS",
          "es-419",
          "de-CH-1996",
          "sl-rozaj-biske",
          "en-US-x-twain",
          "x-whatever",
          "en-a-bbb-x-a-ccc",
          "de-DE-u-co-phonebk",
          "qaa-Qaaa-QM-x-southern",
          "i-klingon",
          "i-default",
          "en-GB-oed",
          "sgn-BE-FR",
          "art-lojban",
          "zh-min-nan",
          "abcd",
          "abcdefgh",
          "ar-aao-SA",
          "zh-cmn-Hans-CN");

  /** Strings that both reject. */
  private static final List<String> MALFORMED_TAGS =
      List.of(
          "",
          "e",
          "en_US",
          "english-language",
          "abcdefghi",
          "en-",
          "-en",
          "en--US",
          "en-US-",
          "en-a",
          "en-x",
          "x",
          "en-1234567890",
          "de-419-DE",
          "zh-Hant-Hant",
          "12",
          "en US",
          "en-ü",
          "ar-aao-sq-dz");

  /**
   * Tags RFC 5646 calls ill-formed (a repeated variant or extension singleton) that the JDK's
   * {@code Locale.Builder}, and so the validator, accepts; the pattern cannot see repetitions
   * either, so the two agree.
   */
  private static final List<String> REPEATED_SUBTAGS = List.of("de-DE-1901-1901", "en-a-bbb-a-ccc");

  @Test
  void languageTagAgreesOnWellFormedAndMalformedTags() {
    List<String> inputs = new ArrayList<>(WELL_FORMED_TAGS);
    inputs.addAll(MALFORMED_TAGS);
    inputs.addAll(REPEATED_SUBTAGS);
    assertThat(disagreements("LanguageTag", new LanguageTag.Check(), inputs)).isEmpty();
    Pattern pattern = pattern("LanguageTag");
    WELL_FORMED_TAGS.forEach(tag -> assertThat(pattern.matcher(tag).find()).as(tag).isTrue());
  }

  private static final List<String> URLS =
      List.of(
          "http://example.org",
          "https://example.org/",
          "HTTPS://EXAMPLE.ORG/A?B=C#D",
          "https://news.example.co.uk/2024/08/01/story.html?utm=x&y=z#para-3",
          "https://user:pass@example.org:8443/path",
          "http://127.0.0.1:8080/",
          "http://[2001:db8::1]/x",
          "https://xn--bcher-kva.example/",
          "https://example.org/a%20b",
          "https://example.org.",
          "ftp://example.org/",
          "mailto:someone@example.org",
          "//example.org/",
          "example.org",
          "https://",
          "https:///path",
          "https://exa mple.org/",
          "https://example.org/a b",
          "https://-example.org/",
          "https://example-.org/",
          "http:example.org",
          "https://exa_mple.org/",
          "https://bücher.example/",
          "https://example.org/ä",
          "https://example.org:99999/",
          "");

  /**
   * URLs on which the pattern and the validator (java.net.URI) differ; the schema's {@code format:
   * uri} catches some of them in validators that assert formats.
   */
  private static final Map<String, Boolean> KNOWN_URL_DIFFERENCES =
      Map.of(
          "https://example.org/a|b", false, // URI refuses '|' (and other characters) in a path
          "https://example.org/%zz", false); // URI refuses a malformed escape

  @Test
  void httpUrlAgreesOnSamples() {
    List<String> inputs = new ArrayList<>(URLS);
    inputs.addAll(KNOWN_URL_DIFFERENCES.keySet());
    assertThat(disagreements("HttpUrl", new HttpUrl.Check(), inputs))
        .isEqualTo(KNOWN_URL_DIFFERENCES);
    assertThat(DEFS.at("/HttpUrl/format").asString()).isEqualTo("uri");
  }

  /**
   * JSON Schema patterns are ECMA-262 regular expressions, in which {@code $} matches only at the
   * end of the input. In Java's and Python's dialects (networknt, Python's jsonschema) it also
   * matches before a final line break, so there "2024\n" passes a pattern that ECMA-262 validators
   * (ajv) refuse; the validator refuses it. This test keeps the difference in view.
   */
  @Test
  void javaRegexAcceptsAFinalLineBreakBeforeDollar() {
    assertThat(pattern("PartialDate").matcher("2024\n").find()).isTrue();
    assertThat(pattern("Id").matcher("abc\n").find()).isTrue();
    assertThat(new Id.Check().isValid("abc\n", null)).isFalse();
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String randomString(SplittableRandom random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
