package org.eventreport.json.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, for failure messages: the longest common subsequence
 * of their lines, shown as hunks with three lines of context. Lines are split on {@code \n} only,
 * so a stray {@code \r} or a missing final newline shows as a changed line.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code from} to {@code to}, or "" when they are equal. */
  public static String of(String fromName, String from, String toName, String to) {
    if (from.equals(to)) {
      return "";
    }
    List<String> a = List.of(from.split("\n", -1));
    List<String> b = List.of(to.split("\n", -1));
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(fromName).append('\n');
    out.append("+++ ").append(toName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op == ' ') {
        i++;
        continue;
      }
      // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
      // that is at most 2 * CONTEXT unchanged lines away from the one before it.
      int first = Math.max(0, i - CONTEXT);
      int last = i;
      int j = i;
      while (j < edits.size()) {
        if (edits.get(j).op != ' ') {
          last = j;
        } else if (j - last > 2 * CONTEXT) {
          break;
        }
        j++;
      }
      int end = Math.min(edits.size(), last + CONTEXT + 1);
      appendHunk(out, edits.subList(first, end));
      i = end;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    int fromCount = 0;
    int toCount = 0;
    for (Edit edit : hunk) {
      fromCount += edit.op == '+' ? 0 : 1;
      toCount += edit.op == '-' ? 0 : 1;
    }
    Edit start = hunk.get(0);
    out.append("@@ -")
        .append(range(start.fromLine, fromCount))
        .append(" +")
        .append(range(start.toLine, toCount))
        .append(" @@\n");
    for (Edit edit : hunk) {
      out.append(edit.op).append(edit.line).append('\n');
    }
  }

  /** A hunk's range in one text: its first line (1-based) and its count of lines. */
  private static String range(int firstIndex, int count) {
    return (firstIndex + 1) + "," + count;
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > 25_000_000L) {
      throw new IllegalArgumentException("texts too long to diff: " + n + " x " + m + " lines");
    }
    // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), i++, j++));
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), i++, j));
      } else {
        edits.add(new Edit('+', b.get(j), i, j++));
      }
    }
    return edits;
  }

  /** One line of the diff: kept (' '), removed ('-') or added ('+'), and where it stands. */
  private static final class Edit {
    final char op;
    final String line;
    final int fromLine;
    final int toLine;

    Edit(char op, String line, int fromLine, int toLine) {
      this.op = op;
      this.line = line;
      this.fromLine = fromLine;
      this.toLine = toLine;
    }
  }
}
