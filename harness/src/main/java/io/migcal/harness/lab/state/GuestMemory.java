package io.migcal.harness.lab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest's memory as {@code /proc/meminfo} reports it: a baseline in use plus what each running
 * stress-ng worker or dirty writer has touched, which rises at {@code fillRateBytesPerS} after it starts. Guarded by
 * the lab state.
 */
final class GuestMemory {
    /** A stress-ng worker ({@code writer} false) or the dirty writer, dirtying at {@code dirtyRateBytesPerS}. */
    private record Load(int pid, long bytes, double startLabS, double dirtyRateBytesPerS, boolean writer) {
    }

    private final long totalBytes;
    private final long baselineUsedBytes;
    private final double fillRateBytesPerS;
    private final double dirtyingRateBytesPerS;
    private final List<Load> loads = new ArrayList<>();

    GuestMemory(long totalBytes, long baselineUsedBytes, double fillRateBytesPerS, double dirtyingRateBytesPerS) {
        this.totalBytes = totalBytes;
        this.baselineUsedBytes = baselineUsedBytes;
        this.fillRateBytesPerS = fillRateBytesPerS;
        this.dirtyingRateBytesPerS = dirtyingRateBytesPerS;
    }

    long totalBytes() {
        return totalBytes;
    }

    void startLoad(int pid, long bytes, double nowLabS, boolean dirtying) {
        loads.add(new Load(pid, bytes, nowLabS, dirtying ? dirtyingRateBytesPerS : 0, false));
    }

    /** The dirty writer: it writes its working set first, then rewrites it at {@code rateBytesPerS}. */
    void startWriter(int pid, long workingSetBytes, double nowLabS, double rateBytesPerS) {
        loads.add(new Load(pid, workingSetBytes, nowLabS, rateBytesPerS, true));
    }

    /** Stops every stress-ng worker; returns how many were running. */
    int stopLoads() {
        return stop(false);
    }

    /** Stops the dirty writer; returns how many were running. */
    int stopWriters() {
        return stop(true);
    }

    private int stop(boolean writers) {
        int before = loads.size();
        loads.removeIf(load -> load.writer() == writers);
        return before - loads.size();
    }

    long usedBytes(double nowLabS) {
        double used = baselineUsedBytes;
        for (Load load : loads) {
            used += Math.min(load.bytes(), Math.max(0, nowLabS - load.startLabS()) * fillRateBytesPerS);
        }
        return (long) Math.min(used, totalBytes - 64L * 1024 * 1024);
    }

    /** Bytes the dirtying loads keep rewriting (their working set). */
    long loadWorkingSetBytes() {
        return loads.stream().filter(load -> load.dirtyRateBytesPerS() > 0).mapToLong(Load::bytes).sum();
    }

    /** Dirty rate on top of the idle one: a dirtying load rewrites its pages continuously. */
    double loadDirtyRateBytesPerS() {
        return loads.stream().mapToDouble(Load::dirtyRateBytesPerS).sum();
    }
}
