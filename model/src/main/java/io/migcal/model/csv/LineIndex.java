package io.migcal.model.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each physical line of a text starts, so a parser's character position becomes the line and
 * column an editor shows. A record may span several lines (a quoted cell holding line breaks), so the
 * record number alone would not say where it is. {@code \r\n}, {@code \n} and a lone {@code \r} each end a line.
 */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lineStarts.add(i + 1);
            }
        }
        starts = lineStarts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding the character at {@code position}. */
    int line(long position) {
        int found = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of the character at {@code position} within its line. */
    int column(long position) {
        return (int) (position - starts[line(position) - 1]) + 1;
    }
}
