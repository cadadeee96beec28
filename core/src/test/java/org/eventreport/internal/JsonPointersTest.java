package org.eventreport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void documentOrderComparesIndexesAsNumbersAndPutsParentsFirst() {
    List<String> pointers =
        new ArrayList<>(
            List.of(
                "/quotes/0",
                "/events/10",
                "/events/2/label",
                "/events/2",
                "",
                "/events/9/participants/10/actor",
                "/events/9/participants/9/actor",
                "/actors/1/aliases/0",
                "/events/100"));

    pointers.sort(JsonPointers.DOCUMENT_ORDER);

    assertThat(pointers)
        .containsExactly(
            "",
            "/actors/1/aliases/0",
            "/events/2",
            "/events/2/label",
            "/events/9/participants/9/actor",
            "/events/9/participants/10/actor",
            "/events/10",
            "/events/100",
            "/quotes/0");
  }

  @Test
  void documentOrderIsZeroOnlyForEqualPointers() {
    assertThat(JsonPointers.DOCUMENT_ORDER.compare("/events/2", "/events/2")).isZero();
    assertThat(JsonPointers.DOCUMENT_ORDER.compare("/events/2", "/events/20")).isNegative();
    assertThat(JsonPointers.DOCUMENT_ORDER.compare("/events/20", "/events/3")).isPositive();
    assertThat(JsonPointers.DOCUMENT_ORDER.compare("/a/b", "/a")).isPositive();
  }

  /**
   * A user rule may report any pointer, so segments at one depth can mix indexes and names. The
   * order must still be transitive (a Comparator contract); on the current code {@code 2 < 10}
   * (numbers), {@code 10 < 1a} and {@code 1a < 2} (text), a cycle. Fails on the current code (bug:
   * JsonPointers.compareSegments compares a number with a name as text).
   */
  @Test
  void documentOrderIsTransitiveWhenIndexesMeetNames() {
    List<String> pointers = List.of("/x/2", "/x/10", "/x/1a", "/x/b", "/x/0");
    List<String> violations = new ArrayList<>();
    for (String a : pointers) {
      for (String b : pointers) {
        for (String c : pointers) {
          if (JsonPointers.DOCUMENT_ORDER.compare(a, b) < 0
              && JsonPointers.DOCUMENT_ORDER.compare(b, c) < 0
              && JsonPointers.DOCUMENT_ORDER.compare(a, c) >= 0) {
            violations.add(a + " < " + b + " < " + c);
          }
        }
      }
    }

    assertThat(violations).isEmpty();
  }

  @Test
  void checkPointerAcceptsEmptyAndSlashPrefixedPaths() {
    assertThat(JsonPointers.checkPointer("")).isEmpty();
    assertThat(JsonPointers.checkPointer("/events/0")).isEqualTo("/events/0");
  }

  @Test
  void checkPointerRefusesRelativePathsQuotingThemEscaped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonPointers.checkPointer("events/0"))
        .withMessage("path (\"events/0\") must be a JSON Pointer: empty or starting with '/'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonPointers.checkPointer("\"\n"))
        .withMessage("path (\"\\\"\\n\") must be a JSON Pointer: empty or starting with '/'");
  }

  @Test
  void ofTurnsIndexesKeysAndNamesIntoPointerSegments() {
    Path path =
        path(
            node("events", ElementKind.PROPERTY, null, null),
            node("claims", ElementKind.PROPERTY, 0, null),
            node("<list element>", ElementKind.CONTAINER_ELEMENT, 1, null));

    assertThat(JsonPointers.of(path)).isEqualTo("/events/0/claims/1");
  }

  /**
   * The model puts no constraint inside a map, so a key never reaches a pointer from the validator
   * today; if one does, {@code ~} and {@code /} must be escaped as RFC 6901 says.
   */
  @Test
  void ofEscapesTildeAndSlashInKeysAndNames() {
    Path path =
        path(
            node("extensions", ElementKind.PROPERTY, null, null),
            node("<map value>", ElementKind.CONTAINER_ELEMENT, null, "a/b~c"),
            node("x~/y", ElementKind.PROPERTY, null, null));

    assertThat(JsonPointers.of(path)).isEqualTo("/extensions/a~1b~0c/x~0~1y");
  }

  @Test
  void ofGivesTheEmptyPointerForTheRoot() {
    assertThat(JsonPointers.of(path(node(null, ElementKind.BEAN, null, null)))).isEmpty();
  }

  // ------------------------------------------------------------------ a minimal Path

  private static Path path(Path.Node... nodes) {
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return List.of(nodes).iterator();
      }

      @Override
      public String toString() {
        return List.of(nodes).toString();
      }
    };
  }

  private static Path.Node node(String name, ElementKind kind, Integer index, Object key) {
    return new Path.Node() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean isInIterable() {
        return index != null || key != null;
      }

      @Override
      public Integer getIndex() {
        return index;
      }

      @Override
      public Object getKey() {
        return key;
      }

      @Override
      public ElementKind getKind() {
        return kind;
      }

      @Override
      public <T extends Path.Node> T as(Class<T> type) {
        return type.cast(this);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
