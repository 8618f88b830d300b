package io.migcal.harness.delay;

import io.migcal.model.BadInputException;

/**
 * How far the measured RTT may stray from the one set before a sample is flagged: {@code absoluteMs}
 * (the path's own RTT and scheduling noise) plus {@code relative} of the set RTT (netem's timer slack).
 */
public record RttTolerance(double absoluteMs, double relative) {

    /** 1 ms plus 10 %. */
    public static final RttTolerance DEFAULT = new RttTolerance(1.0, 0.10);

    public RttTolerance {
        if (!(absoluteMs >= 0) || !(relative >= 0)) {
            throw new BadInputException("RTT tolerance must be >= 0 (got " + absoluteMs + " ms, " + relative + ")");
        }
    }

    public RttCheck check(double setRttMs, PingSummary ping) {
        double allowedMs = absoluteMs + relative * setRttMs;
        double deviationMs = ping.avgMs() - setRttMs;
        boolean within = ping.anyReply() && Math.abs(deviationMs) <= allowedMs;
        return new RttCheck(setRttMs, ping.avgMs(), deviationMs, allowedMs, within);
    }
}
