package org.eventreport.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;

/** Turns Hibernate Validator paths into JSON Pointers (RFC 6901), and orders pointers. */
public final class JsonPointers {
  /**
   * Orders pointers as the document does: segment by segment, with array indexes compared as
   * numbers ({@code /events/2} before {@code /events/10}) and a parent before its children.
   */
  public static final Comparator<String> DOCUMENT_ORDER = JsonPointers::compare;

  private JsonPointers() {}

  /**
   * {@code events[0].participants[1].actor} becomes {@code /events/0/participants/1/actor}: a
   * node's index or key comes first, then its name if it is a property; container element nodes
   * such as {@code <list element>} add only their index.
   */
  static String of(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/');
        appendEscaped(pointer, String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/');
        appendEscaped(pointer, node.getName());
      }
    }
    return pointer.toString();
  }

  /** Checks that a user rule's path is a JSON Pointer: empty, or starting with {@code /}. */
  public static String checkPointer(String path) {
    if (!path.isEmpty() && path.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "path (" + Excerpt.of(path) + ") must be a JSON Pointer: empty or starting with '/'");
    }
    return path;
  }

  private static void appendEscaped(StringBuilder out, String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else {
        out.append(c);
      }
    }
  }

  private static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      // both positions are at a '/'; take the next segment of each
      int endA = a.indexOf('/', i + 1);
      int endB = b.indexOf('/', j + 1);
      endA = endA < 0 ? a.length() : endA;
      endB = endB < 0 ? b.length() : endB;
      int c = compareSegments(a.substring(i + 1, endA), b.substring(j + 1, endB));
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareSegments(String a, String b) {
    boolean numberA = isIndex(a);
    boolean numberB = isIndex(b);
    if (numberA && numberB) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1; // indexes before names, so the order stays transitive
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
