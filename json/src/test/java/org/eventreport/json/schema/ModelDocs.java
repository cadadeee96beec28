package org.eventreport.json.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's own javadoc, read from core's sources, as plain text for the schema's {@code
 * description}s: the javadoc is the one place where the model's types and members are described,
 * and javadoc is not available at run time. Only the first paragraph is used (up to {@code <p>},
 * {@code <pre>}, a heading or a block tag), and inline tags are turned into plain words: {@code
 * {@code x}} into {@code x}, a link to an enum constant into its JSON spelling, a link to a String
 * constant into its value, and a link to a member into the member's name.
 *
 * <p>The generator runs in the repository (from a test), so the sources are always at hand. It
 * fails when a documented type is missing rather than writing an undocumented schema.
 */
final class ModelDocs {
  private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("\\b(?:class|enum|interface|@interface)\\s+(\\w+)");
  private static final Pattern ACCESSOR_DECLARATION =
      Pattern.compile("\\b(\\w+)\\s*\\(\\s*\\)\\s*$");
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*");
  private static final Pattern PARAGRAPH_END =
      Pattern.compile("<p>|<pre>|<h[1-6]>|<ul>|<ol>|<table>|(?m)^\\s*@\\w+");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  /** Documentation of one source file: the top-level type and its no-argument members. */
  private record SourceDocs(String type, Map<String, String> members) {}

  private final Path sourceRoot;
  private final Map<Class<?>, SourceDocs> cache = new HashMap<>();

  ModelDocs(Path sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /**
   * Core's main sources, found from the json module's directory (Maven's {@code basedir}) or from
   * the repository root.
   */
  static ModelDocs fromRepository() {
    Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    for (Path candidate :
        List.of(
            base.resolve("../core/src/main/java"),
            base.resolve("core/src/main/java"),
            base.resolve("../../core/src/main/java"))) {
      if (Files.isDirectory(candidate.resolve("org/eventreport"))) {
        return new ModelDocs(candidate.normalize());
      }
    }
    throw new IllegalStateException(
        "cannot find core's sources (core/src/main/java) from "
            + base
            + "; run from the repository");
  }

  /** The first paragraph of the type's javadoc, as plain text. */
  String typeDoc(Class<?> type) {
    return read(type).type();
  }

  /** The first sentence of the type's javadoc, as plain text. */
  String typeSummary(Class<?> type) {
    return firstSentence(typeDoc(type));
  }

  /** The first paragraph of the javadoc of {@code type}'s no-argument member {@code name}. */
  Optional<String> memberDoc(Class<?> type, String name) {
    return Optional.ofNullable(read(type).members().get(name));
  }

  private SourceDocs read(Class<?> type) {
    return cache.computeIfAbsent(type, this::parse);
  }

  private SourceDocs parse(Class<?> type) {
    Class<?> topLevel = type;
    while (topLevel.getEnclosingClass() != null) {
      topLevel = topLevel.getEnclosingClass();
    }
    Path file = sourceRoot.resolve(topLevel.getName().replace('.', '/') + ".java");
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source of " + type.getName(), e);
    }
    String typeDoc = null;
    Map<String, String> members = new HashMap<>();
    Matcher comment = COMMENT.matcher(source);
    while (comment.find()) {
      String declaration = declarationAfter(source, comment.end());
      Matcher typeName = TYPE_DECLARATION.matcher(declaration);
      if (typeName.find()) {
        if (typeName.group(1).equals(type.getSimpleName()) && typeDoc == null) {
          typeDoc = plainText(comment.group(1), type);
        }
        continue;
      }
      Matcher accessor = ACCESSOR_DECLARATION.matcher(declaration);
      if (accessor.find() && topLevel == type) {
        members.putIfAbsent(accessor.group(1), plainText(comment.group(1), type));
      }
    }
    if (typeDoc == null || typeDoc.isBlank()) {
      throw new IllegalStateException("no javadoc for " + type.getName() + " in " + file);
    }
    return new SourceDocs(typeDoc, Map.copyOf(members));
  }

  /**
   * The declaration a comment documents: the text up to the next ';', '{' or comment outside
   * parentheses and string literals (annotations such as {@code @Target({...})} hold braces).
   */
  private static String declarationAfter(String source, int from) {
    int end = from;
    int depth = 0;
    boolean inString = false;
    while (end < source.length()) {
      char c = source.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == ';' || c == '{' || source.startsWith("/*", end))) {
        break;
      }
      end++;
    }
    return source.substring(from, end).strip();
  }

  /** The first paragraph of a javadoc comment's body, with inline tags made plain. */
  static String plainText(String body, Class<?> context) {
    StringBuilder lines = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      String text = line.strip();
      if (text.startsWith("*")) {
        text = text.substring(1).strip();
      }
      lines.append(text).append('\n');
    }
    String text = lines.toString();
    Matcher end = PARAGRAPH_END.matcher(text);
    if (end.find()) {
      text = text.substring(0, end.start());
    }
    text = inlineTags(text, context);
    text = HTML_TAG.matcher(text).replaceAll("");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String firstSentence(String text) {
    int dot = text.indexOf(". ");
    return dot < 0 ? text : text.substring(0, dot + 1);
  }

  private static String inlineTags(String text, Class<?> context) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    Matcher tag = INLINE_TAG.matcher(text);
    while (tag.find(at)) {
      out.append(text, at, tag.start());
      // The tag's content runs to the matching brace; {@code} may hold balanced braces.
      int depth = 1;
      int i = tag.end();
      for (; i < text.length() && depth > 0; i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
      }
      String content = text.substring(tag.end(), i - 1);
      out.append(
          switch (tag.group(1)) {
            case "link", "linkplain" -> link(content.strip(), context);
            default -> content;
          });
      at = i;
    }
    return out.append(text.substring(at)).toString();
  }

  /** A {@code {@link}} as words: its label if it has one, else what it points at. */
  private static String link(String content, Class<?> context) {
    int space = content.indexOf(' ');
    if (space > 0) {
      return content.substring(space + 1).strip();
    }
    int hash = content.indexOf('#');
    String typeName = hash < 0 ? content : content.substring(0, hash);
    String member = hash < 0 ? "" : content.substring(hash + 1);
    if (member.isEmpty()) {
      return typeName;
    }
    if (member.endsWith(")")) {
      // A method: its name, which is the JSON member's name for the model's accessors.
      String name = member.substring(0, member.indexOf('('));
      return typeName.isEmpty() ? name : typeName + "." + name;
    }
    Class<?> owner = typeName.isEmpty() ? context : resolve(typeName, context);
    if (owner != null && owner.isEnum()) {
      return member.toLowerCase(Locale.ROOT); // the constant's JSON spelling
    }
    if (owner != null) {
      try {
        Field field = owner.getField(member);
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          return "\"" + field.get(null) + "\"";
        }
      } catch (ReflectiveOperationException e) {
        // Not a readable constant: fall back to its name.
      }
    }
    return member;
  }

  private static Class<?> resolve(String simpleName, Class<?> context) {
    try {
      return Class.forName(context.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
