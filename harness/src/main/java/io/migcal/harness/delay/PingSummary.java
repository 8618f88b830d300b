package io.migcal.harness.delay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary {@code ping -q} prints. Round-trip times are NaN when no reply came back (the rtt line is
 * then missing), so an unreachable target can never pass for a fast one.
 */
public record PingSummary(int transmitted, int received, double lossPercent, double minMs, double avgMs,
        double maxMs, double mdevMs) {
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) packets transmitted, (\\d+) (?:packets )?received.*?([0-9.]+)% packet loss");
    // iputils prints "rtt min/avg/max/mdev", busybox "round-trip min/avg/max" (no mdev)
    private static final Pattern RTT = Pattern.compile(
            "min/avg/max(?:/mdev)? = ([0-9.]+)/([0-9.]+)/([0-9.]+)(?:/([0-9.]+))? ms");

    public boolean anyReply() {
        return received > 0 && !Double.isNaN(avgMs);
    }

    public static PingSummary parse(String pingOutput) {
        Matcher counts = COUNTS.matcher(pingOutput);
        if (!counts.find()) {
            throw new IllegalArgumentException("no ping summary ('N packets transmitted, M received') in: "
                    + pingOutput.strip().replace('\n', ' '));
        }
        Matcher rtt = RTT.matcher(pingOutput);
        boolean replied = rtt.find();
        return new PingSummary(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)),
                Double.parseDouble(counts.group(3)),
                replied ? Double.parseDouble(rtt.group(1)) : Double.NaN,
                replied ? Double.parseDouble(rtt.group(2)) : Double.NaN,
                replied ? Double.parseDouble(rtt.group(3)) : Double.NaN,
                replied && rtt.group(4) != null ? Double.parseDouble(rtt.group(4)) : Double.NaN);
    }
}
