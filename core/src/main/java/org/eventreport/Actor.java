package org.eventreport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventreport.internal.ExtensionValues;
import org.eventreport.internal.constraints.CountryCode;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.Text;
import org.eventreport.internal.constraints.WikidataId;
import org.immutables.value.Value;

/** A person, organisation, group or government named in the report. */
@Value.Immutable
public abstract class Actor {
  static final Set<String> ATTRIBUTES =
      Set.of(
          "id",
          "name",
          "kind",
          "aliases",
          "titles",
          "affiliations",
          "country",
          "religion",
          "wikidata",
          "extensions");

  Actor() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this actor's values, to make a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The actor's id, unique among the report's actors. */
  @Id
  public abstract String id();

  /** The name the report uses. */
  @Text
  public abstract String name();

  /** What kind of actor this is. */
  public abstract ActorKind kind();

  /** Other names for the actor. */
  public abstract List<@Text String> aliases();

  /** Titles and offices, such as "External Affairs Minister". */
  public abstract List<@Text String> titles();

  /** Ids of the actors this actor belongs to or speaks for. */
  public abstract List<String> affiliations();

  /** The actor's country as an ISO 3166-1 alpha-2 code. */
  public abstract Optional<@CountryCode String> country();

  /** The actor's religion or denomination, as the report gives it. */
  public abstract Optional<@Text String> religion();

  /** The actor's Wikidata item id, such as {@code Q1156}. */
  public abstract Optional<@WikidataId String> wikidata();

  /** Members a lenient reader did not know; see {@link Report#extensions()}. */
  public abstract Map<String, Object> extensions();

  @Value.Check
  Actor normalize() {
    return ExtensionValues.isNormal(ATTRIBUTES, extensions())
        ? this
        : toBuilder().extensions(ExtensionValues.freeze("Actor", ATTRIBUTES, extensions())).build();
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
