package org.eventreport.json.schema;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, with three lines of context: for test failures. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code oldText} to {@code newText}, or "" when they are equal. */
  static String of(String oldName, String oldText, String newName, String newText) {
    List<String> a = oldText.lines().toList();
    List<String> b = newText.lines().toList();
    List<String> ops = edits(a, b);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).charAt(0) == ' ') {
        i++;
        continue;
      }
      // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
      // is at most 2 * CONTEXT lines away.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
        if (ops.get(end).charAt(0) != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      // Lines before the hunk: on the old side all but the added ones, on the new side all but
      // the removed ones.
      int oldStart = 1 + start - count(ops, 0, start, '+');
      int newStart = 1 + start - count(ops, 0, start, '-');
      int oldLines = (end - start) - count(ops, start, end, '+');
      int newLines = (end - start) - count(ops, start, end, '-');
      if (out.length() == 0) {
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
      }
      out.append("@@ -")
          .append(oldStart)
          .append(',')
          .append(oldLines)
          .append(" +")
          .append(newStart)
          .append(',')
          .append(newLines)
          .append(" @@\n");
      for (int k = start; k < end; k++) {
        out.append(ops.get(k)).append('\n');
      }
      i = end;
    }
    return out.toString();
  }

  /** Lines prefixed with ' ', '-' or '+', from the longest common subsequence. */
  private static List<String> edits(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        lcs[x][y] =
            a.get(x).equals(b.get(y))
                ? lcs[x + 1][y + 1] + 1
                : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < n && y < m) {
      if (a.get(x).equals(b.get(y))) {
        ops.add(" " + a.get(x++));
        y++;
      } else if (lcs[x + 1][y] >= lcs[x][y + 1]) {
        ops.add("-" + a.get(x++));
      } else {
        ops.add("+" + b.get(y++));
      }
    }
    while (x < n) {
      ops.add("-" + a.get(x++));
    }
    while (y < m) {
      ops.add("+" + b.get(y++));
    }
    return ops;
  }

  private static int count(List<String> ops, int from, int to, char kind) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (ops.get(k).charAt(0) == kind) {
        n++;
      }
    }
    return n;
  }
}
