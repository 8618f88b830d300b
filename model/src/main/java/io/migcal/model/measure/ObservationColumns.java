package io.migcal.model.measure;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The observations of a measurements file held as columns of primitives, about 40 bytes a row, rather
 * than as a row object (or the file's text) each: a file of a hundred thousand repetitions takes 4 MB.
 * {@link #get} builds the row when asked. The recorded path contexts repeat, so each distinct one is
 * kept once. Read-only once the reader has filled it.
 */
final class ObservationColumns extends AbstractList<FitObservation> implements RandomAccess {
    private static final double NO_DIRTY_RATE = Double.NaN;

    private double[] rttMs = new double[16];
    private double[] guestUsedBytes = new double[16];
    private double[] transferTimeS = new double[16];
    private double[] dirtyRateBytesPerS = new double[16];
    private int[] line = new int[16];
    private int[] path = new int[16];
    private final List<PathContext> paths = new ArrayList<>();
    private final Map<PathContext, Integer> pathIndex = new HashMap<>();
    private int size;

    /** Appends a row; a dirty rate of NaN cannot come from the reader, which refuses NaN cells. */
    void append(FitObservation row) {
        if (size == rttMs.length) {
            grow();
        }
        rttMs[size] = row.rttMs();
        guestUsedBytes[size] = row.guestUsedBytes();
        transferTimeS[size] = row.transferTimeS();
        dirtyRateBytesPerS[size] = row.dirtyRateBytesPerS() == null ? NO_DIRTY_RATE : row.dirtyRateBytesPerS();
        line[size] = row.line();
        path[size] = pathIndex.computeIfAbsent(row.path(), p -> {
            paths.add(p);
            return paths.size() - 1;
        });
        size++;
    }

    private void grow() {
        int capacity = rttMs.length + (rttMs.length >> 1);
        rttMs = Arrays.copyOf(rttMs, capacity);
        guestUsedBytes = Arrays.copyOf(guestUsedBytes, capacity);
        transferTimeS = Arrays.copyOf(transferTimeS, capacity);
        dirtyRateBytesPerS = Arrays.copyOf(dirtyRateBytesPerS, capacity);
        line = Arrays.copyOf(line, capacity);
        path = Arrays.copyOf(path, capacity);
    }

    @Override
    public FitObservation get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        double dirty = dirtyRateBytesPerS[index];
        return new FitObservation(rttMs[index], guestUsedBytes[index], transferTimeS[index],
                Double.isNaN(dirty) ? null : dirty, line[index], paths.get(path[index]));
    }

    @Override
    public int size() {
        return size;
    }
}
