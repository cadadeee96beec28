package org.eventreport.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eventreport.ActorKind;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventStatus;
import org.eventreport.LocationKind;
import org.eventreport.LocationPrecision;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Role;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.annotation.EnumNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of the POJO baseline, configured as a careful user would: built once, enums in lower
 * case, absent and empty members left out, members in declaration order (so that it writes the very
 * bytes of {@code ReportJson}), unknown members ignored (Jackson 3's default).
 */
public final class PojoMappers {
  private PojoMappers() {}

  /** Lower-case enum constants, as the format spells them: {@code in_response_to}. */
  @EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
  private interface LowerCaseEnum {}

  /** A new mapper: costly, so build one and keep it (see the {@code wastefulPojoRead} row). */
  public static JsonMapper create() {
    JsonMapper.Builder builder =
        JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(
                inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY));
    for (Class<?> type :
        new Class<?>[] {
          ActorKind.class,
          EventCategory.class,
          EventMode.class,
          EventStatus.class,
          LocationKind.class,
          LocationPrecision.class,
          QuoteKind.class,
          RelationType.class,
          Role.class
        }) {
      builder.addMixIn(type, LowerCaseEnum.class);
    }
    return builder.build();
  }
}
