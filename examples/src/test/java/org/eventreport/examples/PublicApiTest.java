package org.eventreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The public API takes and returns no nulls: no public method or constructor of an exported package
 * has a {@code @Nullable} parameter or return type, and every package is {@code @NullMarked} (so
 * NullAway checks it at compile time).
 */
class PublicApiTest {
  private static final List<String> API_PACKAGES =
      List.of("org.eventreport", "org.eventreport.validation", "org.eventreport.json");

  @Test
  void apiPackagesAreNullMarked() throws Exception {
    for (String name : API_PACKAGES) {
      Package pkg = Class.forName(name + ".package-info").getPackage();
      assertThat(pkg.isAnnotationPresent(NullMarked.class)).as(name).isTrue();
    }
  }

  @Test
  void publicApiHasNoNullableParametersOrReturns() throws Exception {
    List<String> nullable = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : publicApiClasses()) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredMethods()));
      for (Executable member : members) {
        if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic() || isEquals(member)) {
          continue;
        }
        checked++;
        if (member instanceof Method method && isNullable(method.getAnnotatedReturnType())) {
          nullable.add(type.getName() + "." + member.getName() + " returns @Nullable");
        }
        for (AnnotatedType parameter : member.getAnnotatedParameterTypes()) {
          if (isNullable(parameter)) {
            nullable.add(type.getName() + "." + member.getName() + " takes @Nullable");
          }
        }
      }
    }
    assertThat(nullable).isEmpty();
    assertThat(checked).as("public members checked").isGreaterThan(200);
  }

  /** {@code equals(Object)} takes null by the contract of {@link Object#equals}. */
  private static boolean isEquals(Executable member) {
    return member.getName().equals("equals")
        && member.getParameterCount() == 1
        && member.getParameterTypes()[0] == Object.class;
  }

  private static boolean isNullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  /** Public top-level and nested classes of the API packages, from directories or jars. */
  private static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException {
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = PublicApiTest.class.getClassLoader();
    for (String pkg : API_PACKAGES) {
      String folder = pkg.replace('.', '/');
      Enumeration<URL> roots = loader.getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        for (String name : classNames(root, folder)) {
          try {
            Class<?> type = Class.forName(name, false, loader);
            if (Modifier.isPublic(type.getModifiers())) {
              classes.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
          }
        }
      }
    }
    assertThat(classes).as("API classes found").hasSizeGreaterThan(30);
    return classes;
  }

  private static List<String> classNames(URL root, String folder)
      throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    if (root.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
            .forEach(f -> names.add((folder + "/" + f).replace('/', '.').replace(".class", "")));
      }
    } else if (root.getProtocol().equals("jar")) {
      String path = root.getPath();
      String jar = path.substring("file:".length(), path.indexOf("!/"));
      try (JarFile file = new JarFile(jar)) {
        for (JarEntry entry : file.stream().toList()) {
          String name = entry.getName();
          if (name.startsWith(folder + "/")
              && name.endsWith(".class")
              && name.indexOf('/', folder.length() + 1) < 0
              && !name.endsWith("package-info.class")) {
            names.add(name.replace('/', '.').replace(".class", ""));
          }
        }
      }
    }
    return names;
  }
}
