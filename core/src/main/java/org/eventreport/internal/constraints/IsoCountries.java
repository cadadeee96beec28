package org.eventreport.internal.constraints;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-2 codes, as the running JDK knows them (249 on JDK 17). */
final class IsoCountries {
  private static final Set<String> CODES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private IsoCountries() {}

  static boolean contains(String code) {
    return CODES.contains(code);
  }
}
