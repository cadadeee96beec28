package org.eventreport;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.HttpUrl;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.LanguageTag;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/**
 * A news article and what it tells of: the aggregate root of the model. Events and quotes point at
 * actors, locations and other events by id, so one actor can lead a march, write a letter and be
 * quoted without being copied.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .id("kargil-2024-08-01")
 *     .published(PartialDate.parse("2024-08-01"))
 *     .language("en")
 *     .addActors(ansari)
 *     .addEvents(letter)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Report {
  /** The version of the report format that this library writes and reads. */
  public static final String SCHEMA_VERSION = "1.0";

  static final Set<String> ATTRIBUTES =
      Set.of(
          "id",
          "schemaVersion",
          "title",
          "publisher",
          "url",
          "published",
          "language",
          "body",
          "events",
          "actors",
          "locations",
          "quotes",
          "extensions");

  Report() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this report's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The report's id, such as {@code kargil-2024-08-01}. */
  @Id
  public abstract String id();

  /** The version of the report format; {@link #SCHEMA_VERSION} unless set. */
  @Value.Default
  @Text
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The article's headline. */
  public abstract Optional<@Text String> title();

  /** Who published the article. */
  public abstract Optional<@Text String> publisher();

  /** Where the article was published: an absolute http(s) URL. */
  public abstract Optional<@HttpUrl String> url();

  /** When the article was published, to the precision the source gives. */
  public abstract PartialDate published();

  /** The article's language as a BCP 47 tag, such as {@code en}. */
  @LanguageTag
  public abstract String language();

  /**
   * The article's full text. When present, evidence spans and quotes are checked against it
   * (offsets count Unicode code points).
   */
  public abstract Optional<String> body();

  /** The events the article tells of. */
  public abstract List<@Valid Event> events();

  /** The people, organisations, groups and governments the article names. */
  public abstract List<@Valid Actor> actors();

  /** The places the article names. */
  public abstract List<@Valid Location> locations();

  /** What the article quotes, directly or indirectly. */
  public abstract List<@Valid Quote> quotes();

  /**
   * Members a lenient reader did not know, kept as plain immutable values and written back after
   * the known ones. Always empty after strict reading. A JSON {@code null} is {@link
   * JsonNull#INSTANCE}.
   */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Report normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder()
            .extensions(ExtensionValues.freeze("Report", ATTRIBUTES, extensions()))
            .build();
  }

  /** Builds a {@link Report}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
