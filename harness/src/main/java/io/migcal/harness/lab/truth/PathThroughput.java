package io.migcal.harness.lab.truth;

/**
 * The steady throughput of the migration stream and each candidate it is the minimum of, plus the
 * fraction of packets the delay box drops. All rates are payload bytes per second.
 */
public record PathThroughput(
        double linkBytesPerS, double hypervisorCapBytesPerS, double windowBytesPerS,
        double queueLimitedBytesPerS, double effectiveBytesPerS, Bottleneck bottleneck,
        double dropFraction, double rttMs) {

    /** Evaluates the model for one path; pure. */
    public static PathThroughput of(GroundTruthParameters p, DelayBoxSettings box) {
        double rttMs = p.baseRttMs() + box.addedRttMs();
        double rttS = rttMs / 1000;
        double link = p.linkGoodputBytesPerS();
        double cap = p.hypervisorCapBytesPerS();
        double window = p.tcpWindowBytes() / rttS;
        double unqueued = Math.min(Math.min(link, cap), window);
        double queue = queueLimitedRate(p, box, rttS, unqueued);
        double effective = Math.min(unqueued, queue);
        Bottleneck bottleneck = effective == queue ? Bottleneck.DELAY_BOX_QUEUE
                : effective == window ? Bottleneck.TCP_WINDOW
                : effective == cap ? Bottleneck.HYPERVISOR_CAP : Bottleneck.LINK;
        double drops = bottleneck == Bottleneck.DELAY_BOX_QUEUE ? dropFraction(p, box, rttS, effective) : 0.0;
        return new PathThroughput(link, cap, window, queue, effective, bottleneck, drops, rttMs);
    }

    /**
     * netem holds every packet for the whole one-way delay and counts them against its limit, so at
     * most {@code limit} packets are in the data direction at once: a raw ceiling of
     * limit x packet / delay. A loss-based sender overshoots it, loses a burst and backs off (Mathis);
     * BBR keeps a fixed share of it. With offloads on, each queued packet is a 64 KiB super-packet.
     * Under the knee law ({@link QueueLossLaw}) a loss-based sender loses nothing until the queue holds
     * less than the {@code unqueuedBytesPerS} stream has in flight over the one-way delay.
     */
    static double queueLimitedRate(GroundTruthParameters p, DelayBoxSettings box, double rttS, double unqueuedBytesPerS) {
        if (box.dataDelayMs() <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double delayS = box.dataDelayMs() / 1000;
        double packetPayload = box.offloadsOn() ? p.gsoPacketBytes() : p.mssBytes();
        double rawCeiling = box.queueLimitPackets() * packetPayload / delayS;
        if (box.congestionControl() == CongestionControl.BBR) {
            return p.bbrQueueEfficiency() * rawCeiling;
        }
        if (p.queueLossLaw().knee()) {
            return p.queueLossLaw().kneeRate(unqueuedBytesPerS, unqueuedBytesPerS / rawCeiling);
        }
        double lossRate = mathisLossRate(p, box, rttS);
        return packetPayload / rttS * Math.sqrt(1.5) / Math.sqrt(lossRate);
    }

    /**
     * The loss rate of a sender whose window saw-tooths up to the window that fills the queue:
     * W = limit x RTT / delay packets, one overflow per cycle of 3W^2/8 packets, each overflow costing
     * {@code burstLossesPerOverflow} packets.
     */
    static double mathisLossRate(GroundTruthParameters p, DelayBoxSettings box, double rttS) {
        double windowAtLossPackets = box.queueLimitPackets() * rttS / (box.dataDelayMs() / 1000);
        return p.burstLossesPerOverflow() * 8 / (3 * windowAtLossPackets * windowAtLossPackets);
    }

    private static double dropFraction(GroundTruthParameters p, DelayBoxSettings box, double rttS, double rate) {
        if (box.congestionControl() == CongestionControl.BBR) {
            return p.bbrLossRate();
        }
        if (p.queueLossLaw().knee()) {
            // the loss rate Mathis needs for this rate: p = 3/2 (MSS / (RTT x rate))^2
            double packetsPerRtt = rate * rttS / p.mssBytes();
            return 1.5 / (packetsPerRtt * packetsPerRtt);
        }
        return mathisLossRate(p, box, rttS);
    }
}
