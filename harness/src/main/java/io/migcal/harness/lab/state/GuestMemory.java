package io.migcal.harness.lab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest's memory as {@code /proc/meminfo} reports it: a baseline in use plus what each running
 * stress-ng worker has touched, which rises at {@code fillRateBytesPerS} after it starts. Guarded by
 * the lab state.
 */
final class GuestMemory {
    private record Load(int pid, long bytes, double startLabS, boolean dirtying) {
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
        loads.add(new Load(pid, bytes, nowLabS, dirtying));
    }

    /** Stops every load; returns how many were running. */
    int stopLoads() {
        int n = loads.size();
        loads.clear();
        return n;
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
        return loads.stream().filter(Load::dirtying).mapToLong(Load::bytes).sum();
    }

    /** Dirty rate on top of the idle one: a dirtying load rewrites its pages continuously. */
    double loadDirtyRateBytesPerS() {
        return loads.stream().anyMatch(Load::dirtying) ? dirtyingRateBytesPerS : 0.0;
    }
}
