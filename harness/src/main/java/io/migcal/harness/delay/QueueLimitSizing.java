package io.migcal.harness.delay;

import io.migcal.model.BadInputException;

/**
 * Sizes netem's queue from the bandwidth-delay product, because netem holds every packet for the whole
 * delay and silently drops beyond {@code limit}; its default of 1000 packets caps 1 Gbit/s at a few ms.
 * <pre>limit = max(floor, ceil(linkRate[bytes/s] * oneWayDelay[s] / packetBytes * safetyFactor))</pre>
 * {@code packetBytes} is a full Ethernet frame (1514 with offloads off; with TSO/GSO/GRO on, netem
 * queues 64 KiB super-packets and the limit binds far later). The floor keeps netem's own default.
 */
public record QueueLimitSizing(long linkRateBitsPerS, int packetBytes, double safetyFactor, int floorPackets) {

    public static final QueueLimitSizing ONE_GBIT = new QueueLimitSizing(1_000_000_000L, 1514, 2.0, 1000);

    public QueueLimitSizing {
        if (linkRateBitsPerS <= 0 || packetBytes <= 0 || floorPackets <= 0 || !(safetyFactor >= 1.0)) {
            throw new BadInputException("netem queue sizing needs a positive link rate, packet size and floor, "
                    + "and a safety factor >= 1");
        }
    }

    /** Packets the queue must hold to carry the full link rate through {@code oneWayDelayMs}. */
    public int packetsFor(double oneWayDelayMs) {
        double bytesInFlight = linkRateBitsPerS / 8.0 * oneWayDelayMs / 1000.0;
        double packets = Math.ceil(bytesInFlight / packetBytes * safetyFactor);
        return (int) Math.max(floorPackets, Math.min(packets, Integer.MAX_VALUE));
    }
}
