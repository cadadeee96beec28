package org.eventreport.json.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eventreport.Count;
import org.eventreport.Event;
import org.eventreport.EventCategory;
import org.eventreport.EventMode;
import org.eventreport.EventTime;
import org.eventreport.PartialDate;
import org.eventreport.Report;
import org.eventreport.Role;
import org.eventreport.internal.constraints.CodingScheme;
import org.eventreport.internal.constraints.CountryCode;
import org.eventreport.internal.constraints.HttpUrl;
import org.eventreport.internal.constraints.Id;
import org.eventreport.internal.constraints.LanguageTag;
import org.eventreport.internal.constraints.Latitude;
import org.eventreport.internal.constraints.Longitude;
import org.eventreport.internal.constraints.Text;
import org.eventreport.internal.constraints.WikidataId;
import org.eventreport.json.ReportSchema;
import org.eventreport.json.internal.BindingLayout;
import org.eventreport.json.internal.BindingLayout.TypeLayout;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the report format with the victools generator, from
 * the model and the format's own definition:
 *
 * <ul>
 *   <li>members, their order and which are required: {@code ModelBindings}, through {@link
 *       BindingLayout};
 *   <li>types: the model's accessors ({@code Optional<T>} is an optional T, never null; {@code
 *       List<T>} an array);
 *   <li>constraints: the model's constraint annotations, with the patterns and bounds the
 *       annotations themselves declare ({@link Id#PATTERN}, {@link Latitude#MIN}, ...), and the
 *       Jakarta Validation module for {@code @PositiveOrZero};
 *   <li>titles and descriptions: the model's javadoc ({@link ModelDocs});
 *   <li>PLOVER's modes and recipients: {@link EventCategory#modes()} and {@link
 *       EventCategory#requiresRecipient()}.
 * </ul>
 *
 * <p>The result is committed as {@code
 * json/src/main/resources/org/eventreport/json/report.schema.json} and served by {@code
 * ReportSchema}; {@code SchemaIsUpToDateTest} regenerates and compares it. Nothing here is needed
 * at run time.
 */
final class ReportSchemaGenerator {
  /** The committed schema, relative to the json module's directory. */
  static final Path COMMITTED = Path.of("src/main/resources", ReportSchema.RESOURCE);

  private static final String DEFS = "$defs";

  /** The string constraints, each a definition of its own that properties refer to. */
  private static final List<Class<? extends Annotation>> STRING_CONSTRAINTS =
      List.of(
          Id.class,
          Text.class,
          CountryCode.class,
          LanguageTag.class,
          WikidataId.class,
          HttpUrl.class,
          CodingScheme.class);

  /** The order of keywords in every schema object, for a file people can read. */
  private static final List<String> KEYWORD_ORDER =
      List.of(
          "$schema",
          "$id",
          "$ref",
          "title",
          "description",
          "type",
          "format",
          "minLength",
          "pattern",
          "minimum",
          "exclusiveMinimum",
          "maximum",
          "minItems",
          "enum",
          "const",
          "default",
          "items",
          "contains",
          "properties",
          "required",
          "additionalProperties",
          "anyOf",
          "allOf",
          "if",
          "then",
          "not",
          "$defs");

  private final ModelDocs docs;
  private final JsonMapper mapper = JsonMapper.builder().build();

  ReportSchemaGenerator(ModelDocs docs) {
    this.docs = docs;
  }

  /** A generator that reads the model's javadoc from the repository's sources. */
  static ReportSchemaGenerator fromRepository() {
    return new ReportSchemaGenerator(ModelDocs.fromRepository());
  }

  /** The schema as the text committed to the repository: two-space indents, a final newline. */
  String text() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer().with(printer).writeValueAsString(generate()) + "\n";
  }

  /** Writes {@link #text()} to {@code file}. */
  void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema. */
  ObjectNode generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(
            mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON);
    config
        .with(Option.SCHEMA_VERSION_INDICATOR)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        // With a name override, argument-free methods are named without "()".
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
        .with(Option.PLAIN_DEFINITION_KEYS)
        .without(Option.FLATTENED_ENUMS)
        .without(Option.FLATTENED_OPTIONALS)
        .without(Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
        // Every property keeps its own description, even when it repeats its type's.
        .without(Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END)
        .with(new FlattenedWrapperModule<>(Optional.class))
        .with(new JakartaValidationModule());
    configureTypes(config);
    configureMembers(config);
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Report.class);
    return finish(schema);
  }

  private void configureTypes(SchemaGeneratorConfigBuilder config) {
    var types = config.forTypesInGeneral();
    // Members in the order the binding writes them.
    types.withPropertySorter(
        Comparator.comparingInt(
            member ->
                BindingLayout.of(member.getDeclaringType().getErasedType())
                    .map(l -> l.indexOf(member.getRawMember().getName()))
                    .orElse(Integer.MAX_VALUE)));
    // Enums: always a definition of their own, in the JSON spelling (lower-case names).
    types.withCustomDefinitionProvider(
        (type, context) -> {
          Class<?> raw = type.getErasedType();
          if (raw.isEnum()) {
            ObjectNode node = mapper.createObjectNode();
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
              values.add(spelling((Enum<?>) constant));
            }
            return new CustomDefinition(
                node,
                CustomDefinition.DefinitionType.ALWAYS_REF,
                CustomDefinition.INCLUDING_ATTRIBUTES);
          }
          if (raw == PartialDate.class) {
            ObjectNode node = mapper.createObjectNode();
            node.put("type", "string");
            node.put("pattern", anchored(PartialDates.PATTERN));
            return new CustomDefinition(
                node,
                CustomDefinition.DefinitionType.ALWAYS_REF,
                CustomDefinition.INCLUDING_ATTRIBUTES);
          }
          return null;
        });
    types.withTitleResolver(scope -> isDocumentedType(scope) ? typeName(scope) : null);
    types.withDescriptionResolver(
        scope -> isDocumentedType(scope) ? docs.typeDoc(scope.getType().getErasedType()) : null);
    types.withTypeAttributeOverride(
        (node, scope, context) -> {
          Class<?> raw = scope.getType().getErasedType();
          if (raw == Event.class) {
            addPloverRules(node);
          } else if (raw == Count.class) {
            ArrayNode anyOf = addAnyOfRequired(node, List.of("low", "high", "best", "reported"));
            // An empty list of phrases is no phrase at all.
            ((ObjectNode) anyOf.get(3))
                .putObject("properties")
                .putObject("reported")
                .put("type", "array")
                .put("minItems", 1);
          } else if (raw == EventTime.class) {
            addAnyOfRequired(node, List.of("start", "end"));
          }
        });
  }

  private void configureMembers(SchemaGeneratorConfigBuilder config) {
    var methods = config.forMethods();
    methods.withIgnoreCheck(method -> layout(method).map(l -> !l.has(name(method))).orElse(true));
    methods.withPropertyNameOverrideResolver(ReportSchemaGenerator::name);
    methods.withRequiredCheck(
        method -> layout(method).map(l -> l.isRequired(name(method))).orElse(false));
    methods.withNullableCheck(method -> false);
    methods.withTitleResolver(method -> method.isFakeContainerItemScope() ? null : title(method));
    methods.withDescriptionResolver(
        method -> method.isFakeContainerItemScope() ? null : description(method));
    methods.withDefaultResolver(
        method -> method.isFakeContainerItemScope() ? null : defaultOf(method));
    // A string constraint is a reference to its definition; the definitions are added at the end.
    methods.withCustomDefinitionProvider(
        (method, context) -> {
          Class<? extends Annotation> constraint = stringConstraint(method);
          if (constraint == null) {
            return null;
          }
          ObjectNode node = mapper.createObjectNode();
          node.put("$ref", "#/" + DEFS + "/" + constraint.getSimpleName());
          if (isSchemaVersion(method)) {
            // The major version this library reads; "type" beside "pattern" for ajv's strict mode.
            node.put("type", "string");
            node.put("pattern", anchored(schemaVersionPattern()));
          }
          return new CustomPropertyDefinition(node, CustomDefinition.INCLUDING_ATTRIBUTES);
        });
    methods.withNumberInclusiveMinimumResolver(
        method -> {
          if (constraint(method, Latitude.class) != null) {
            return BigDecimal.valueOf(Latitude.MIN);
          }
          if (constraint(method, Longitude.class) != null) {
            return BigDecimal.valueOf(Longitude.MIN);
          }
          // @Positive on an integer: minimum 1 says more than the module's exclusiveMinimum 0,
          // which cleanUp then drops.
          if (constraint(method, Positive.class) != null && isInteger(method)) {
            return BigDecimal.ONE;
          }
          return null;
        });
    methods.withNumberInclusiveMaximumResolver(
        method -> {
          if (constraint(method, Latitude.class) != null) {
            return BigDecimal.valueOf(Latitude.MAX);
          }
          if (constraint(method, Longitude.class) != null) {
            return BigDecimal.valueOf(Longitude.MAX);
          }
          // The binding reads span offsets as 32-bit and counts and ids as 64-bit integers.
          Class<?> raw = valueType(method);
          if (raw == int.class || raw == Integer.class) {
            return BigDecimal.valueOf(Integer.MAX_VALUE);
          }
          if (raw == long.class || raw == Long.class) {
            return BigDecimal.valueOf(Long.MAX_VALUE);
          }
          return null;
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Members

  private static String name(MethodScope method) {
    return method.getRawMember().getName();
  }

  private static Optional<TypeLayout> layout(MethodScope method) {
    return BindingLayout.of(method.getDeclaringType().getErasedType());
  }

  private static boolean isSchemaVersion(MethodScope method) {
    return method.getDeclaringType().getErasedType() == Report.class
        && name(method).equals("schemaVersion")
        && !method.isFakeContainerItemScope();
  }

  /** The major version this library reads: "1" or "1." followed by anything. */
  static String schemaVersionPattern() {
    String major = Report.SCHEMA_VERSION.substring(0, Report.SCHEMA_VERSION.indexOf('.'));
    return major + "(?:\\.[\\s\\S]*)?";
  }

  private String title(MethodScope method) {
    String name = name(method);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        out.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String description(MethodScope method) {
    Class<?> owner = method.getDeclaringType().getErasedType();
    return docs.memberDoc(owner, name(method))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no javadoc for " + owner.getSimpleName() + "." + name(method)));
  }

  /** Members with a default value (they are optional in documents but always written). */
  private static Object defaultOf(MethodScope method) {
    TypeLayout layout = layout(method).orElse(null);
    if (layout == null || layout.isRequired(name(method))) {
      return null;
    }
    Class<?> raw = method.getRawMember().getReturnType();
    if (raw == Optional.class || List.class.isAssignableFrom(raw)) {
      return null;
    }
    Object value = Defaults.of(method.getDeclaringType().getErasedType(), name(method));
    return value instanceof Enum<?> constant ? spelling(constant) : value;
  }

  /**
   * The constraint annotations that apply to the value this scope describes: the annotations on the
   * accessor for a plain value, on the type argument for an {@code Optional<T>} or for the items of
   * a {@code List<T>}.
   */
  private static List<Annotation> constraints(MethodScope method) {
    Method raw = method.getRawMember();
    Class<?> returned = raw.getReturnType();
    boolean wrapper = returned == Optional.class || List.class.isAssignableFrom(returned);
    if (!wrapper) {
      return List.of(raw.getAnnotations());
    }
    if (returned != Optional.class && !method.isFakeContainerItemScope()) {
      return List.of(); // the list itself
    }
    AnnotatedType type = raw.getAnnotatedReturnType();
    if (type instanceof AnnotatedParameterizedType parameterized) {
      return List.of(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations());
    }
    return List.of();
  }

  private static <A extends Annotation> A constraint(MethodScope method, Class<A> type) {
    for (Annotation annotation : constraints(method)) {
      if (type.isInstance(annotation)) {
        return type.cast(annotation);
      }
    }
    return null;
  }

  /** The constraints this generator turns into keywords; any other is an error. */
  private static final Set<Class<? extends Annotation>> NUMBER_CONSTRAINTS =
      Set.of(Latitude.class, Longitude.class, Positive.class, PositiveOrZero.class);

  private static Class<? extends Annotation> stringConstraint(MethodScope method) {
    for (Annotation annotation : constraints(method)) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)
          && !STRING_CONSTRAINTS.contains(type)
          && !NUMBER_CONSTRAINTS.contains(type)) {
        // A new constraint on the model must get its keywords here, or the schema would be laxer
        // than the validator without anyone noticing.
        throw new IllegalStateException(
            "no schema keywords for constraint @"
                + type.getSimpleName()
                + " on "
                + method.getDeclaringType().getErasedType().getSimpleName()
                + "."
                + name(method));
      }
    }
    for (Annotation annotation : constraints(method)) {
      if (STRING_CONSTRAINTS.contains(annotation.annotationType())) {
        return annotation.annotationType();
      }
    }
    return null;
  }

  /** The Java type of the value: the type argument of an Optional or a list item. */
  private static Class<?> valueType(MethodScope method) {
    ResolvedType type = method.getType();
    return type == null ? Object.class : type.getErasedType();
  }

  private static boolean isInteger(MethodScope method) {
    Class<?> raw = valueType(method);
    return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
  }

  // ---------------------------------------------------------------------------------------------
  // Types

  private static boolean isDocumentedType(TypeScope scope) {
    Class<?> raw = scope.getType().getErasedType();
    return raw.isEnum() || raw == PartialDate.class || BindingLayout.of(raw).isPresent();
  }

  private static String typeName(TypeScope scope) {
    return scope.getType().getErasedType().getSimpleName();
  }

  /** PLOVER's rules that a schema can state: modes per category, recipients. */
  private void addPloverRules(ObjectNode event) {
    ArrayNode allOf = event.putArray("allOf");
    // Categories with the same modes share one rule.
    Map<Set<EventMode>, List<EventCategory>> byModes = new LinkedHashMap<>();
    for (EventCategory category : EventCategory.values()) {
      byModes.computeIfAbsent(category.modes(), k -> new ArrayList<>()).add(category);
    }
    for (Map.Entry<Set<EventMode>, List<EventCategory>> entry : byModes.entrySet()) {
      ObjectNode rule = allOf.addObject();
      rule.set("if", categoryIs(entry.getValue()));
      ObjectNode properties = rule.putObject("then").putObject("properties");
      if (entry.getKey().isEmpty()) {
        // No modes: no value is allowed ("enum": [] is what it means, but ajv refuses it).
        properties.put("mode", false);
      } else {
        ArrayNode values = properties.putObject("mode").putArray("enum");
        entry.getKey().stream().map(ReportSchemaGenerator::spelling).forEach(values::add);
      }
    }
    List<EventCategory> needRecipient = new ArrayList<>();
    for (EventCategory category : EventCategory.values()) {
      if (category.requiresRecipient()) {
        needRecipient.add(category);
      }
    }
    ObjectNode recipient = allOf.addObject();
    recipient.set("if", categoryIs(needRecipient));
    ObjectNode then = recipient.putObject("then");
    then.putArray("required").add("participants");
    ObjectNode participants = then.putObject("properties").putObject("participants");
    participants.put("type", "array"); // for ajv's strict mode, which wants a type beside contains
    ObjectNode contains = participants.putObject("contains").put("type", "object");
    ArrayNode roles = contains.putObject("properties").putObject("role").putArray("enum");
    roles.add(spelling(Role.TARGET)).add(spelling(Role.ADDRESSEE));
    contains.putArray("required").add("role");
  }

  private ObjectNode categoryIs(List<EventCategory> categories) {
    ObjectNode condition = mapper.createObjectNode();
    ObjectNode category = condition.putObject("properties").putObject("category");
    if (categories.size() == 1) {
      category.put("const", spelling(categories.get(0)));
    } else {
      ArrayNode values = category.putArray("enum");
      categories.stream().map(ReportSchemaGenerator::spelling).forEach(values::add);
    }
    condition.putArray("required").add("category");
    return condition;
  }

  /** The model's own invariant that at least one of {@code names} is present. */
  private static ArrayNode addAnyOfRequired(ObjectNode node, List<String> names) {
    ArrayNode anyOf = node.putArray("anyOf");
    for (String name : names) {
      anyOf.addObject().putArray("required").add(name);
    }
    return anyOf;
  }

  // ---------------------------------------------------------------------------------------------
  // Finishing

  private ObjectNode finish(ObjectNode generated) {
    ObjectNode defs = (ObjectNode) generated.get(DEFS);
    if (defs == null) {
      defs = generated.putObject(DEFS);
    }
    for (Class<? extends Annotation> constraint : STRING_CONSTRAINTS) {
      defs.set(constraint.getSimpleName(), stringConstraintDefinition(constraint));
    }
    // Definitions in alphabetical order.
    TreeSet<String> names = new TreeSet<>(defs.propertyNames());
    ObjectNode sorted = mapper.createObjectNode();
    for (String name : names) {
      sorted.set(name, defs.get(name));
    }
    generated.set(DEFS, sorted);
    generated.put("$id", ReportSchema.ID);
    cleanUp(generated);
    return (ObjectNode) ordered(generated);
  }

  private ObjectNode stringConstraintDefinition(Class<? extends Annotation> constraint) {
    ObjectNode node = mapper.createObjectNode();
    node.put("title", constraint.getSimpleName());
    node.put("description", docs.typeSummary(constraint));
    node.put("type", "string");
    if (constraint == CountryCode.class) {
      ArrayNode codes = node.putArray("enum");
      new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).forEach(codes::add);
      return node;
    }
    if (constraint == HttpUrl.class) {
      node.put("format", "uri");
    }
    if (constraint == Text.class) {
      node.put("minLength", 1);
    }
    node.put("pattern", anchored(patternOf(constraint)));
    return node;
  }

  private static String patternOf(Class<? extends Annotation> constraint) {
    try {
      return (String) constraint.getField("PATTERN").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(constraint.getName() + " declares no PATTERN", e);
    }
  }

  /**
   * Removes an {@code exclusiveMinimum} below the {@code minimum} (it says nothing more), and
   * {@code additionalProperties} where the generator put it on a schema that is not an object (a
   * reference to a string definition).
   */
  private void cleanUp(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode minimum = object.get("minimum");
      JsonNode exclusive = object.get("exclusiveMinimum");
      if (minimum != null
          && exclusive != null
          && exclusive.decimalValue().compareTo(minimum.decimalValue()) < 0) {
        object.remove("exclusiveMinimum");
      }
      JsonNode type = object.get("type");
      if (object.has("additionalProperties")
          && (type == null || !type.asString().equals("object"))) {
        object.remove("additionalProperties");
      }
      object.values().forEach(this::cleanUp);
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(this::cleanUp);
    }
  }

  /** The node with the keywords of every schema object in {@link #KEYWORD_ORDER}. */
  private JsonNode ordered(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = mapper.createArrayNode();
      array.values().forEach(item -> out.add(ordered(item)));
      return out;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    ObjectNode out = mapper.createObjectNode();
    Set<String> keys = new LinkedHashSet<>();
    KEYWORD_ORDER.stream().filter(object::has).forEach(keys::add);
    keys.addAll(object.propertyNames());
    for (String key : keys) {
      JsonNode value = object.get(key);
      if (key.equals("properties") || key.equals(DEFS)) {
        // A map of names to schemas: keep the names' order, order each schema.
        ObjectNode map = mapper.createObjectNode();
        value.properties().forEach(e -> map.set(e.getKey(), ordered(e.getValue())));
        out.set(key, map);
      } else {
        out.set(key, ordered(value));
      }
    }
    return out;
  }

  /** The JSON spelling of an enum constant, as the binding writes it. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** A whole-value regular expression as a JSON Schema pattern (which matches anywhere). */
  static String anchored(String pattern) {
    return "^(?:" + pattern + ")$";
  }
}
