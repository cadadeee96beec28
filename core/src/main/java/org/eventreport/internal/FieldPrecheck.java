package org.eventreport.internal;

import java.util.List;
import java.util.Optional;
import org.eventreport.Actor;
import org.eventreport.Coding;
import org.eventreport.Coordinates;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.Location;
import org.eventreport.Quote;
import org.eventreport.Report;
import org.eventreport.TextSpan;
import org.eventreport.internal.constraints.CodingScheme;
import org.eventreport.internal.constraints.CountryCode;
import org.eventreport.internal.constraints.HttpUrl;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.LanguageTag;
import org.eventreport.internal.constraints.Latitude;
import org.eventreport.internal.constraints.Longitude;
import org.eventreport.internal.constraints.Text;
import org.eventreport.internal.constraints.WikidataId;

/**
 * The fast path of the field rules: one hand-written walk over the report that runs every field
 * constraint's own check ({@code Id.Check.test} and so on) on every value Hibernate Validator would
 * check, with no path objects, no constraint contexts and no reflection. When it proves that no
 * value breaks a constraint, Hibernate Validator would find nothing and is not run; when any value
 * fails (or a check throws), Hibernate Validator runs as before and reports the violations, so they
 * are exactly the same, paths and messages included.
 *
 * <p>It must visit every constrained attribute of the model. {@code FieldRulesCanaryTest} breaks
 * each one (found by reflection) and expects its violation, so a constraint missing here fails it;
 * {@code FieldPrecheckEquivalenceTest} compares both paths on thousands of generated reports.
 */
final class FieldPrecheck {
  private FieldPrecheck() {}

  /** Whether no field constraint of {@code report} can be broken: then validation may skip HV. */
  static boolean clean(Report report) {
    try {
      return report(report);
    } catch (RuntimeException e) {
      return false; // let Hibernate Validator run the check and report it its own way
    }
  }

  private static boolean report(Report r) {
    if (!Id.Check.test(r.id())
        || !Text.Check.test(r.schemaVersion())
        || !text(r.title())
        || !text(r.publisher())
        || !(r.url().isEmpty() || HttpUrl.Check.test(r.url().get()))
        || !LanguageTag.Check.test(r.language())) {
      return false;
    }
    List<Event> events = r.events();
    for (int i = 0; i < events.size(); i++) {
      if (!event(events.get(i))) {
        return false;
      }
    }
    List<Actor> actors = r.actors();
    for (int i = 0; i < actors.size(); i++) {
      if (!actor(actors.get(i))) {
        return false;
      }
    }
    List<Location> locations = r.locations();
    for (int i = 0; i < locations.size(); i++) {
      if (!location(locations.get(i))) {
        return false;
      }
    }
    List<Quote> quotes = r.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      if (!quote(quotes.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean event(Event e) {
    if (!Id.Check.test(e.id())
        || !text(e.label())
        || !text(e.summary())
        || !count(e.size())
        || !count(e.fatalities())
        || !count(e.injuries())
        || !count(e.arrests())
        || !texts(e.claims())) {
      return false;
    }
    // time, participants and relations are cascaded into but hold no constrained attribute.
    List<TextSpan> evidence = e.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      if (!span(evidence.get(i))) {
        return false;
      }
    }
    List<Coding> codings = e.codings();
    for (int i = 0; i < codings.size(); i++) {
      Coding coding = codings.get(i);
      if (!CodingScheme.Check.test(coding.scheme())
          || !Text.Check.test(coding.code())
          || !text(coding.version())) {
        return false;
      }
    }
    return true;
  }

  private static boolean count(Optional<Count> maybe) {
    if (maybe.isEmpty()) {
      return true;
    }
    Count count = maybe.get();
    return notNegative(count.low())
        && notNegative(count.high())
        && notNegative(count.best())
        && texts(count.reported());
  }

  private static boolean span(TextSpan span) {
    return span.start() >= 0 && span.end() >= 0; // @PositiveOrZero
  }

  private static boolean actor(Actor a) {
    return Id.Check.test(a.id())
        && Text.Check.test(a.name())
        && texts(a.aliases())
        && texts(a.titles())
        && (a.country().isEmpty() || CountryCode.Check.test(a.country().get()))
        && text(a.religion())
        && (a.wikidata().isEmpty() || WikidataId.Check.test(a.wikidata().get()));
  }

  private static boolean location(Location l) {
    if (!Id.Check.test(l.id())
        || !Text.Check.test(l.name())
        || !CountryCode.Check.test(l.country())
        || !text(l.admin1())
        || !text(l.admin2())
        || !text(l.locality())) {
      return false;
    }
    if (l.coordinates().isPresent()) {
      Coordinates c = l.coordinates().get();
      if (!Latitude.Check.test(c.latitude()) || !Longitude.Check.test(c.longitude())) {
        return false;
      }
    }
    return l.geonamesId().isEmpty() || l.geonamesId().get() > 0; // @Positive
  }

  private static boolean quote(Quote q) {
    return Id.Check.test(q.id())
        && Text.Check.test(q.text())
        && text(q.verb())
        && (q.span().isEmpty() || span(q.span().get()));
  }

  /** An optional {@code @Text} value. */
  private static boolean text(Optional<String> value) {
    return value.isEmpty() || Text.Check.test(value.get());
  }

  /** A list of {@code @Text} values. */
  private static boolean texts(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!Text.Check.test(values.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** An optional {@code @PositiveOrZero} value. */
  private static boolean notNegative(Optional<Long> value) {
    return value.isEmpty() || value.get() >= 0;
  }
}
