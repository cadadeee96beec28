package org.eventreport.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventreport.Actor;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventRelation;
import org.eventreport.EventStatus;
import org.eventreport.EventTime;
import org.eventreport.Location;
import org.eventreport.PartialDate;
import org.eventreport.Participation;
import org.eventreport.Quote;
import org.eventreport.QuoteKind;
import org.eventreport.RelationType;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.TextSpan;
import org.eventreport.validation.RuleCode;
import org.jspecify.annotations.Nullable;

/**
 * The report rules of the design: how the parts of a report fit together. One pass over the report
 * with hash lookups, linear in its size (cycle checks included), so large reports stay cheap.
 */
public final class ReportRules {
  private final Report report;
  private final RuleSink sink;
  private final Map<String, Integer> actors;
  private final Map<String, Integer> locations;
  private final Map<String, Integer> events;
  private final Map<String, Integer> quotes;
  private final @Nullable Body body;

  private ReportRules(Report report, RuleSink sink) {
    this.report = report;
    this.sink = sink;
    this.actors = index(report.actors(), Actor::id, "/actors/");
    this.locations = index(report.locations(), Location::id, "/locations/");
    this.events = index(report.events(), Event::id, "/events/");
    this.quotes = index(report.quotes(), Quote::id, "/quotes/");
    this.body = report.body().map(Body::new).orElse(null);
  }

  /** Checks every report rule of {@code report} and passes each violation to {@code sink}. */
  public static void check(Report report, RuleSink sink) {
    ReportRules rules = new ReportRules(report, sink);
    rules.checkActors();
    rules.checkEvents();
    rules.checkQuotes();
  }

  /** The kinds of object a reference can point at. */
  private enum Kind {
    ACTOR("actor", "/actors"),
    LOCATION("location", "/locations"),
    EVENT("event", "/events"),
    QUOTE("quote", "/quotes");

    final String noun;
    final String list;

    Kind(String noun, String list) {
      this.noun = noun;
      this.list = list;
    }
  }

  private <T> Map<String, Integer> index(
      List<T> items, java.util.function.Function<T, String> id, String prefix) {
    Map<String, Integer> byId = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      Integer first = byId.putIfAbsent(key, i);
      if (first != null) {
        sink.add(
            RuleCode.ID_DUPLICATE,
            prefix + i + "/id",
            "id " + Excerpt.of(key) + " is already used at " + prefix + first);
      }
    }
    return byId;
  }

  private Map<String, Integer> indexOf(Kind kind) {
    return switch (kind) {
      case ACTOR -> actors;
      case LOCATION -> locations;
      case EVENT -> events;
      case QUOTE -> quotes;
    };
  }

  /**
   * Resolves a reference; reports it and returns -1 when it does not resolve to {@code kind}.
   * Callers that only need the report look the id up first and call this on a miss, so that a valid
   * report builds no path string.
   */
  private int resolve(String id, Kind kind, String path) {
    Integer found = indexOf(kind).get(id);
    if (found != null) {
      return found;
    }
    for (Kind other : Kind.values()) {
      if (other != kind && indexOf(other).containsKey(id)) {
        sink.add(
            RuleCode.REFERENCE_WRONG_KIND,
            path,
            Excerpt.of(id) + " is " + article(other.noun) + ", not " + article(kind.noun));
        return -1;
      }
    }
    sink.add(
        RuleCode.REFERENCE_UNRESOLVED,
        path,
        "no " + kind.noun + " has id " + Excerpt.of(id) + " in " + kind.list);
    return -1;
  }

  private static String article(String noun) {
    return (noun.charAt(0) == 'a' || noun.charAt(0) == 'e' ? "an " : "a ") + noun;
  }

  private void checkActors() {
    List<Actor> list = report.actors();
    for (int i = 0; i < list.size(); i++) {
      List<String> affiliations = list.get(i).affiliations();
      for (int j = 0; j < affiliations.size(); j++) {
        String id = affiliations.get(j);
        if (!actors.containsKey(id)) {
          resolve(id, Kind.ACTOR, "/actors/" + i + "/affiliations/" + j);
        }
      }
    }
  }

  private void checkEvents() {
    List<Event> list = report.events();
    for (int i = 0; i < list.size(); i++) {
      Event event = list.get(i);
      // Paths are built only when a rule is broken: "/events/" + i and so on.
      Optional<String> location = event.location();
      if (location.isPresent() && !locations.containsKey(location.get())) {
        resolve(location.get(), Kind.LOCATION, "/events/" + i + "/location");
      }
      checkParticipants(event, i);
      checkCategory(event, i);
      if (event.time().isPresent()) {
        checkTime(event, event.time().get(), i);
      }
      checkCount(event.size(), i, "/size");
      checkCount(event.fatalities(), i, "/fatalities");
      checkCount(event.injuries(), i, "/injuries");
      checkCount(event.arrests(), i, "/arrests");
      List<EventRelation> relations = event.relations();
      for (int j = 0; j < relations.size(); j++) {
        String target = relations.get(j).event();
        if (target.equals(event.id())) {
          sink.add(
              RuleCode.RELATION_SELF,
              "/events/" + i + "/relations/" + j + "/event",
              "an event cannot relate to itself");
        } else if (!events.containsKey(target)) {
          resolve(target, Kind.EVENT, "/events/" + i + "/relations/" + j + "/event");
        }
      }
      List<TextSpan> evidence = event.evidence();
      for (int j = 0; j < evidence.size(); j++) {
        TextSpan span = evidence.get(j);
        if (!fits(span)) {
          checkSpan(span, "/events/" + i + "/evidence/" + j);
        }
      }
    }
    checkPartOfCycles(list);
  }

  private void checkParticipants(Event event, int i) {
    List<Participation> participants = event.participants();
    for (int j = 0; j < participants.size(); j++) {
      String actor = participants.get(j).actor();
      if (!actors.containsKey(actor)) {
        resolve(actor, Kind.ACTOR, "/events/" + i + "/participants/" + j + "/actor");
      }
    }
  }

  private void checkCategory(Event event, int i) {
    EventCategory category = event.category();
    Optional<EventMode> mode = event.mode();
    if (mode.isPresent() && !category.allows(mode.get())) {
      sink.add(
          RuleCode.EVENT_MODE_CATEGORY,
          "/events/" + i + "/mode",
          "mode "
              + mode.get().name().toLowerCase(java.util.Locale.ROOT)
              + " is not a mode of category "
              + category.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (category.requiresRecipient() && !hasRecipient(event)) {
      sink.add(
          RuleCode.EVENT_RECIPIENT_REQUIRED,
          "/events/" + i,
          "a "
              + category.name().toLowerCase(java.util.Locale.ROOT)
              + " event needs a participant with role target or addressee");
    }
    if (category == EventCategory.PROTEST && event.participants().isEmpty()) {
      sink.add(
          RuleCode.EVENT_NO_PARTICIPANTS,
          "/events/" + i,
          "a protest should have at least one participant");
    }
  }

  private static boolean hasRecipient(Event event) {
    for (Participation participation : event.participants()) {
      if (participation.role() == Role.TARGET || participation.role() == Role.ADDRESSEE) {
        return true;
      }
    }
    return false;
  }

  private void checkTime(Event event, EventTime time, int i) {
    Optional<PartialDate> start = time.start();
    Optional<PartialDate> end = time.end();
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      sink.add(
          RuleCode.TIME_END_BEFORE_START,
          "/events/" + i + "/time/end",
          "end " + end.get() + " is before start " + start.get());
    }
    if (event.status() == EventStatus.OCCURRED
        && start.isPresent()
        && start.get().isAfter(report.published())) {
      sink.add(
          RuleCode.TIME_AFTER_PUBLICATION,
          "/events/" + i + "/time/start",
          "an event that occurred cannot start ("
              + start.get()
              + ") after the report was published ("
              + report.published()
              + ")");
    }
  }

  private void checkCount(Optional<Count> maybeCount, int i, String member) {
    if (maybeCount.isEmpty()) {
      return;
    }
    Count count = maybeCount.get();
    long low = count.low().orElse(Long.MIN_VALUE);
    long high = count.high().orElse(Long.MAX_VALUE);
    if (low > high) {
      sink.add(
          RuleCode.COUNT_RANGE,
          "/events/" + i + member,
          "low (" + low + ") is greater than high (" + high + ")");
    } else if (count.best().isPresent()
        && (count.best().get() < low || count.best().get() > high)) {
      sink.add(
          RuleCode.COUNT_RANGE,
          "/events/" + i + member,
          "best ("
              + count.best().get()
              + ") is outside low..high ("
              + count.low().map(String::valueOf).orElse("")
              + ".."
              + count.high().map(String::valueOf).orElse("")
              + ")");
    }
  }

  /** Whether {@link #checkSpan} would find nothing wrong with {@code span}, without a path. */
  private boolean fits(TextSpan span) {
    return span.start() >= 0
        && span.end() >= span.start()
        && (body == null || span.end() <= body.codePoints);
  }

  /** Checks a span's range and, when there is a body, that it lies inside it. */
  private boolean checkSpan(TextSpan span, String at) {
    if (span.start() < 0 || span.end() < 0) {
      return false; // number.negative, a field rule, has said so already
    }
    if (span.end() < span.start()) {
      sink.add(
          RuleCode.SPAN_RANGE,
          at,
          "end (" + span.end() + ") is before start (" + span.start() + ")");
      return false;
    }
    if (body != null && span.end() > body.codePoints) {
      sink.add(
          RuleCode.SPAN_OUTSIDE_BODY,
          at,
          "end (" + span.end() + ") is past the end of body (" + body.codePoints + " code points)");
      return false;
    }
    return body != null;
  }

  private void checkQuotes() {
    List<Quote> list = report.quotes();
    for (int i = 0; i < list.size(); i++) {
      Quote quote = list.get(i);
      Optional<String> speaker = quote.speaker();
      if (speaker.isPresent() && !actors.containsKey(speaker.get())) {
        resolve(speaker.get(), Kind.ACTOR, "/quotes/" + i + "/speaker");
      }
      Optional<String> event = quote.event();
      if (event.isPresent() && !events.containsKey(event.get())) {
        resolve(event.get(), Kind.EVENT, "/quotes/" + i + "/event");
      }
      Optional<String> variantOf = quote.variantOf();
      if (variantOf.isPresent()) {
        String id = variantOf.get();
        if (id.equals(quote.id())) {
          sink.add(
              RuleCode.QUOTE_VARIANT_SELF,
              "/quotes/" + i + "/variantOf",
              "a quote cannot be a variant of itself");
        } else if (!quotes.containsKey(id)) {
          resolve(id, Kind.QUOTE, "/quotes/" + i + "/variantOf");
        }
      }
      Body body = this.body;
      if (quote.span().isPresent()) {
        TextSpan span = quote.span().get();
        boolean inBody = fits(span) ? body != null : checkSpan(span, "/quotes/" + i + "/span");
        if (inBody
            && body != null
            && !QuoteText.normalize(body.slice(span)).equals(QuoteText.normalize(quote.text()))) {
          sink.add(
              RuleCode.QUOTE_SPAN_MISMATCH,
              "/quotes/" + i + "/span",
              "the span does not cover the quote's text");
        }
      } else if (quote.kind() == QuoteKind.DIRECT
          && body != null
          && !body.normalized().contains(QuoteText.normalize(quote.text()))) {
        sink.add(
            RuleCode.QUOTE_NOT_FOUND,
            "/quotes/" + i + "/text",
            "the direct quote is not found in body");
      }
    }
    checkVariantCycles(list);
  }

  /**
   * Each quote has at most one variantOf, so the links form a functional graph: follow each chain
   * once, colouring quotes as visited, and report each cycle once, at its first quote in document
   * order.
   */
  private void checkVariantCycles(List<Quote> list) {
    if (!hasVariantLinks(list)) {
      return; // no links, no cycle
    }
    int[] state = new int[list.size()]; // 0 new, 1 on the current chain, 2 done
    for (int start = 0; start < list.size(); start++) {
      List<Integer> chain = new ArrayList<>();
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        chain.add(current);
        current = next(list.get(current));
      }
      if (current >= 0 && state[current] == 1) {
        int first = Integer.MAX_VALUE;
        for (int k = chain.indexOf(current); k < chain.size(); k++) {
          first = Math.min(first, chain.get(k));
        }
        if (chain.size() - chain.indexOf(current) > 1) {
          sink.add(
              RuleCode.QUOTE_VARIANT_CYCLE,
              "/quotes/" + first + "/variantOf",
              "variantOf links form a cycle of "
                  + (chain.size() - chain.indexOf(current))
                  + " quotes");
        }
      }
      for (int k : chain) {
        state[k] = 2;
      }
    }
  }

  private int next(Quote quote) {
    Optional<String> target = quote.variantOf();
    if (target.isEmpty()) {
      return -1;
    }
    Integer index = quotes.get(target.get());
    return index == null ? -1 : index;
  }

  /** Iterative depth-first search over part_of links; each back edge closes a cycle. */
  private void checkPartOfCycles(List<Event> list) {
    if (!hasPartOf(list)) {
      return; // no part_of links, no cycle
    }
    int[] state = new int[list.size()]; // 0 new, 1 on the stack, 2 done
    for (int root = 0; root < list.size(); root++) {
      if (state[root] != 0) {
        continue;
      }
      ArrayDeque<int[]> stack = new ArrayDeque<>(); // {event, next relation index}
      stack.push(new int[] {root, 0});
      state[root] = 1;
      while (!stack.isEmpty()) {
        int[] frame = stack.peek();
        List<EventRelation> relations = list.get(frame[0]).relations();
        if (frame[1] == relations.size()) {
          state[frame[0]] = 2;
          stack.pop();
          continue;
        }
        int j = frame[1]++;
        EventRelation relation = relations.get(j);
        if (relation.type() != RelationType.PART_OF) {
          continue;
        }
        Integer target = events.get(relation.event());
        if (target == null || target == frame[0]) {
          continue; // unresolved or self: reported by other rules
        }
        if (state[target] == 1) {
          sink.add(
              RuleCode.RELATION_PART_OF_CYCLE,
              "/events/" + frame[0] + "/relations/" + j + "/event",
              "part_of relations form a cycle");
        } else if (state[target] == 0) {
          state[target] = 1;
          stack.push(new int[] {target, 0});
        }
      }
    }
  }

  private static boolean hasVariantLinks(List<Quote> list) {
    for (Quote quote : list) {
      if (quote.variantOf().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPartOf(List<Event> list) {
    for (Event event : list) {
      for (EventRelation relation : event.relations()) {
        if (relation.type() == RelationType.PART_OF) {
          return true;
        }
      }
    }
    return false;
  }

  /** The report's body, measured once: offsets count code points, not UTF-16 units. */
  private static final class Body {
    final String text;
    final int codePoints;
    private @Nullable String normalized;

    Body(String text) {
      this.text = text;
      this.codePoints = text.codePointCount(0, text.length());
    }

    String slice(TextSpan span) {
      if (codePoints == text.length()) {
        return text.substring(span.start(), span.end()); // no surrogate pairs: offsets are indexes
      }
      int from = text.offsetByCodePoints(0, span.start());
      int to = text.offsetByCodePoints(from, span.end() - span.start());
      return text.substring(from, to);
    }

    String normalized() {
      if (normalized == null) {
        normalized = QuoteText.normalize(text);
      }
      return normalized;
    }
  }
}
