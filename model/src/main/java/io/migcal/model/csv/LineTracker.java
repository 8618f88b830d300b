package io.migcal.model.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Notes where each physical line starts as the text streams through to the parser, so a parser's
 * character position becomes the line and column an editor shows. A record may span several lines (a
 * quoted cell holding line breaks), so the record number alone would not say where it is.
 * {@code \r\n}, {@code \n} and a lone {@code \r} each end a line. Only the lines from the current
 * record on are kept ({@link #forgetBefore}), so the memory does not grow with the file.
 */
final class LineTracker extends FilterReader {
    private long[] starts = new long[64];
    private int first;
    private int size = 1;
    private long forgottenLines;
    private long position;
    private long lastCarriageReturn = -2;

    LineTracker(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            char c = buffer[offset + i];
            long at = position + i;
            if (c == '\n' && at == lastCarriageReturn + 1) {
                starts[size - 1] = at + 1; // the \r already ended the line; the line starts after \r\n
            } else if (c == '\n' || c == '\r') {
                add(at + 1);
                lastCarriageReturn = c == '\r' ? at : lastCarriageReturn;
            }
        }
        position += Math.max(count, 0);
        return count;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every character must pass through the line count");
    }

    private void add(long start) {
        if (size == starts.length) {
            int kept = size - first;
            long[] grown = kept * 2 > starts.length ? Arrays.copyOf(starts, starts.length * 2) : starts;
            System.arraycopy(starts, first, grown, 0, kept);
            starts = grown;
            size = kept;
            first = 0;
        }
        starts[size++] = start;
    }

    /** The 1-based line holding the character at {@code position} (at or after the last forgotten line). */
    int line(long at) {
        return (int) (forgottenLines + index(at) - first + 1);
    }

    /** The 1-based column of the character at {@code position} within its line. */
    int column(long at) {
        return (int) (at - starts[index(at)]) + 1;
    }

    /** Drops the lines that end before {@code position}: no record or error will point there again. */
    void forgetBefore(long at) {
        while (size - first >= 2 && starts[first + 1] <= at) {
            first++;
            forgottenLines++;
        }
    }

    private int index(long at) {
        int found = Arrays.binarySearch(starts, first, size, at);
        return found >= 0 ? found : Math.max(-found - 2, first);
    }
}
