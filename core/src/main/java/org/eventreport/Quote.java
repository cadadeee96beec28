package org.eventreport;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.Text;
import org.immutables.value.Value;

/**
 * Words the report quotes, directly or as reported speech, with who said them and where they stand
 * in the body.
 */
@Value.Immutable
public abstract class Quote {
  static final Set<String> ATTRIBUTES =
      Set.of("id", "text", "kind", "speaker", "verb", "event", "span", "variantOf", "extensions");

  Quote() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this quote's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The quote's id, unique among the report's quotes. */
  @Id
  public abstract String id();

  /** The quoted words; for a direct quote, as they stand in the body. */
  @Text
  public abstract String text();

  /** Whether the words are quoted directly or reported. */
  public abstract QuoteKind kind();

  /** The id of the {@link Actor} who said or wrote the words. */
  public abstract Optional<String> speaker();

  /** The reporting verb, such as "wrote" or "added". */
  public abstract Optional<@Text String> verb();

  /** The id of the {@link Event} the words belong to, such as a letter. */
  public abstract Optional<String> event();

  /** Where the words stand in the report's body. */
  public abstract Optional<@Valid TextSpan> span();

  /** The id of another quote that these words repeat with small differences. */
  public abstract Optional<String> variantOf();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Quote normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder().extensions(ExtensionValues.freeze("Quote", ATTRIBUTES, extensions())).build();
  }

  /** Builds a {@link Quote}. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
