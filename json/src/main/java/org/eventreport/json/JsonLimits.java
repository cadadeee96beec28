package org.eventreport.json;

import java.util.Objects;

/**
 * Limits on the input a read accepts, sized by default for news reports with room to spare. Each is
 * exact: a value of the limit is accepted, one more is a {@link ReportFormatException} of problem
 * {@link ReportFormatException.Problem#LIMIT_EXCEEDED}. In NDJSON they apply per line.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().toBuilder().maxDocumentBytes(64 * 1024 * 1024).build();
 * ReportJson json = ReportJson.strict().with(limits);
 * }</pre>
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new Builder().build();

  /** The deepest nesting any limits may allow. */
  public static final int MAX_DEPTH = 1_000;

  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentBytes;

  private JsonLimits(Builder builder) {
    this.maxDepth = builder.maxDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxDocumentBytes = builder.maxDocumentBytes;
  }

  /**
   * The defaults: depth 64, strings of 1,000,000 characters, names of 1,000 characters, numbers of
   * 100 characters, documents of 8 MiB.
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these limits. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxDepth = maxDepth;
    builder.maxStringLength = maxStringLength;
    builder.maxNameLength = maxNameLength;
    builder.maxNumberLength = maxNumberLength;
    builder.maxDocumentBytes = maxDocumentBytes;
    return builder;
  }

  /** The deepest nesting of objects and arrays; a report alone needs 5. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string value, in UTF-16 units (a report's body is one string). */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest member name, in UTF-16 units. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** The longest number, in characters: sign, digits, point and exponent. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The largest document, in bytes of UTF-8; in NDJSON, the largest line. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLimits that
        && maxDepth == that.maxDepth
        && maxStringLength == that.maxStringLength
        && maxNameLength == that.maxNameLength
        && maxNumberLength == that.maxNumberLength
        && maxDocumentBytes == that.maxDocumentBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentBytes);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxDocumentBytes="
        + maxDocumentBytes
        + "}";
  }

  /** Builds {@link JsonLimits}; every value must be positive. */
  public static final class Builder {
    private int maxDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNameLength = 1_000;
    private int maxNumberLength = 100;
    private long maxDocumentBytes = 8L * 1024 * 1024;

    private Builder() {}

    /**
     * Sets {@link JsonLimits#maxDepth()}: at least 5 (what a report needs) and at most 1,000, so
     * that nested unknown members cannot exhaust the reading thread's stack.
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "maxDepth (" + maxDepth + ") must be at most " + MAX_DEPTH);
      }
      this.maxDepth = atLeast("maxDepth", maxDepth, 5);
      return this;
    }

    /** Sets {@link JsonLimits#maxStringLength()}. */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = atLeast("maxStringLength", maxStringLength, 1);
      return this;
    }

    /** Sets {@link JsonLimits#maxNameLength()}; the format's own names need 13. */
    public Builder maxNameLength(int maxNameLength) {
      this.maxNameLength = atLeast("maxNameLength", maxNameLength, 13);
      return this;
    }

    /** Sets {@link JsonLimits#maxNumberLength()}; a 64-bit integer needs 20. */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = atLeast("maxNumberLength", maxNumberLength, 20);
      return this;
    }

    /** Sets {@link JsonLimits#maxDocumentBytes()}. */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      if (maxDocumentBytes < 2) {
        throw new IllegalArgumentException(
            "maxDocumentBytes (" + maxDocumentBytes + ") must be at least 2");
      }
      this.maxDocumentBytes = maxDocumentBytes;
      return this;
    }

    private static int atLeast(String name, int value, int minimum) {
      if (value < minimum) {
        throw new IllegalArgumentException(name + " (" + value + ") must be at least " + minimum);
      }
      return value;
    }

    /** The limits. */
    public JsonLimits build() {
      return new JsonLimits(this);
    }
  }
}
