package io.migcal.model.measure;

/**
 * What a row recorded about the delay box and the sender, as the queue-loss family uses it: netem's
 * queue limit (null when not recorded), the share of the RTT spent on the data direction, the payload
 * of one queued packet (an MSS, or a GSO super-packet with offloads on) and whether the sender's
 * congestion control is loss-based (CUBIC, Reno) rather than rate-based (BBR).
 */
public record PathContext(Integer queueLimitPackets, double dataDelayShare, int packetBytes, boolean lossBased) {
    /** TCP payload of a full 1500-byte frame with timestamps. */
    public static final int MSS_BYTES = 1448;
    /** Payload of one GSO super-packet (what netem queues with offloads on), as Linux builds it. */
    public static final int GSO_PACKET_BYTES = 65_160;
    /** Nothing recorded: the harness's defaults (half each way, offloads off, a loss-based sender). */
    public static final PathContext UNKNOWN = new PathContext(null, 0.5, MSS_BYTES, true);

    public PathContext {
        if (!(dataDelayShare > 0 && dataDelayShare <= 1)) {
            throw new IllegalArgumentException("data delay share must be in (0, 1], got " + dataDelayShare);
        }
    }

    public boolean hasQueueLimit() {
        return queueLimitPackets != null;
    }

    /**
     * What the delay line lets through per RTT: at most {@code limit} packets are held over the
     * data-direction delay (share x RTT), so the queue's ceiling in bytes/s is this divided by the RTT.
     */
    public double queueBytesPerRtt() {
        return hasQueueLimit() ? queueLimitPackets * (double) packetBytes / dataDelayShare : Double.NaN;
    }
}
