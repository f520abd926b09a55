package org.partnerledger.query.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words two texts share and those one has and the other not, from the longest common subsequence of their words
 * (split on white space). Consecutive words of the same kind come as one run, joined by single spaces.
 */
final class WordDiff {

    enum Op { EQUAL, INSERT, DELETE }

    record Run(Op op, String text) {
    }

    private WordDiff() {
    }

    static List<Run> between(String before, String after) {
        String[] from = words(before);
        String[] to = words(after);
        int[][] common = new int[from.length + 1][to.length + 1];
        for (int i = from.length - 1; i >= 0; i--) {
            for (int j = to.length - 1; j >= 0; j--) {
                common[i][j] = from[i].equals(to[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Runs runs = new Runs();
        int i = 0;
        int j = 0;
        while (i < from.length && j < to.length) {
            if (from[i].equals(to[j])) {
                runs.add(Op.EQUAL, from[i++]);
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                runs.add(Op.DELETE, from[i++]);
            } else {
                runs.add(Op.INSERT, to[j++]);
            }
        }
        while (i < from.length) {
            runs.add(Op.DELETE, from[i++]);
        }
        while (j < to.length) {
            runs.add(Op.INSERT, to[j++]);
        }
        return runs.runs;
    }

    private static String[] words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : Arrays.stream(stripped.split("\\s+")).toArray(String[]::new);
    }

    private static final class Runs {
        private final List<Run> runs = new ArrayList<>();

        void add(Op op, String word) {
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).op() == op) {
                runs.set(last, new Run(op, runs.get(last).text() + " " + word));
            } else {
                runs.add(new Run(op, word));
            }
        }
    }
}
