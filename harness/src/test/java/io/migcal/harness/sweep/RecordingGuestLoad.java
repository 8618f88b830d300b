package io.migcal.harness.sweep;

import io.migcal.harness.guest.GuestLoad;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A guest whose used memory is a baseline plus what is filled; can be told to lose its connection. */
public final class RecordingGuestLoad implements GuestLoad {
    static final long BASELINE_BYTES = 150_000_000L;
    final List<Long> fills = new ArrayList<>();
    int stops;
    private long runningBytes;
    private int usedReadsBeforeFailure = Integer.MAX_VALUE;

    @Override
    public synchronized void fill(long bytes, Duration timeout) {
        fills.add(bytes);
        runningBytes = bytes;
    }

    @Override
    public synchronized long usedBytes() throws IOException {
        if (usedReadsBeforeFailure-- <= 0) {
            throw new IOException("session is down");
        }
        return BASELINE_BYTES + runningBytes;
    }

    @Override
    public synchronized void stop() {
        stops++;
        runningBytes = 0;
    }

    synchronized boolean isStopped() {
        return runningBytes == 0;
    }

    /** After {@code reads} more reads of the used memory, the connection drops. */
    public synchronized void dropConnectionAfter(int reads) {
        usedReadsBeforeFailure = reads;
    }
}
