package io.migcal.harness.lab.truth;

import java.util.ArrayList;
import java.util.List;

/**
 * The virtual lab's ground truth: how long a Proxmox live migration takes over a TCP path through a
 * delay box, as a pure function of guest memory, dirty rate and the delay box's settings. The model
 * and its calibration are documented in docs/virtual-lab.md.
 */
public final class GroundTruth {
    private final GroundTruthParameters parameters;

    public GroundTruth(GroundTruthParameters parameters) {
        this.parameters = parameters;
    }

    public GroundTruthParameters parameters() {
        return parameters;
    }

    /**
     * T(memory, RTT, delay box): lab seconds from the migrate call to the task's end for a guest
     * using {@code guestUsedBytes} with an idle dirty rate, noise-free. {@code box} gives the queue
     * limit, offloads and congestion control; its delay is replaced by {@code addedRttMs}.
     */
    public double transferTimeS(long guestUsedBytes, double addedRttMs, DelayBoxSettings box) {
        return idleTimeline(guestUsedBytes, box.withAddedRttMs(addedRttMs)).taskDurationS();
    }

    /** The noise-free timeline of an idle guest's migration (idle dirty rate and working set); pure. */
    public GroundTruthTimeline idleTimeline(long guestUsedBytes, DelayBoxSettings box) {
        return timeline(guestUsedBytes, guestUsedBytes, parameters.idleDirtyRateBytesPerS(),
                parameters.idleWorkingSetBytes(), box);
    }

    /**
     * The noise-free timeline of one migration; pure. The guest dirties {@code dirtyRateBytesPerS}
     * within a working set of {@code dirtyWorkingSetBytes}; {@code totalRamBytes} is the VM's
     * configured memory (QEMU's {@code ram.total}).
     */
    public GroundTruthTimeline timeline(long guestUsedBytes, long totalRamBytes, double dirtyRateBytesPerS,
            long dirtyWorkingSetBytes, DelayBoxSettings box) {
        if (guestUsedBytes < 0) {
            throw new IllegalArgumentException("guest used memory must be >= 0 bytes, got " + guestUsedBytes);
        }
        PathThroughput path = PathThroughput.of(parameters, box);
        double rttS = path.rttMs() / 1000;
        double rate = path.effectiveBytesPerS();
        List<PrecopyRound> rounds = new ArrayList<>();
        double pending = guestUsedBytes;
        double finalBytes = 0;
        for (int round = 1; round <= parameters.maxPrecopyRounds(); round++) {
            double durationS = pending / rate;
            rounds.add(new PrecopyRound((long) pending, durationS));
            finalBytes = Math.min(dirtyRateBytesPerS * durationS, Math.min(dirtyWorkingSetBytes, guestUsedBytes));
            if (finalBytes / rate * 1000 <= parameters.downtimeLimitMs()) {
                break;
            }
            pending = finalBytes;
        }
        double downtimeMs = (finalBytes / rate + rttS) * 1000;
        double setupS = parameters.tunnelSetupRoundTrips() * rttS + parameters.targetStartS();
        double phase3S = parameters.phase3S() + parameters.phase3RoundTrips() * rttS;
        return new GroundTruthTimeline(parameters.prepareS(), setupS, slowStartS(rate, rttS), rounds,
                downtimeMs, phase3S, Math.max(totalRamBytes, guestUsedBytes), path);
    }

    /** Round trips TCP needs to open its window from the initial window to the path's BDP. */
    private double slowStartS(double rateBytesPerS, double rttS) {
        double bdpSegments = rateBytesPerS * rttS / parameters.mssBytes();
        double doublings = Math.log(Math.max(1.0, bdpSegments / parameters.initialWindowSegments())) / Math.log(2);
        return doublings * rttS;
    }
}
