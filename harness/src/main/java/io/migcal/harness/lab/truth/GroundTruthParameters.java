package io.migcal.harness.lab.truth;

/**
 * Every constant of the ground-truth model, with its unit in its name. {@link #paperLab()} is the
 * documented default (docs/virtual-lab.md explains each value): a 1 Gbit/s path between two
 * Proxmox VE nodes, Linux default TCP buffers, and Proxmox's fixed costs.
 *
 * @param linkRateBitsPerS line rate of the path (Ethernet)
 * @param wirePacketBytes bytes on the wire per full segment (1448 payload + 66 headers + 24 preamble/gap)
 * @param mssBytes TCP payload per segment
 * @param gsoPacketBytes payload of one GSO super-packet, what netem queues when offloads are on
 * @param hypervisorCapBytesPerS QEMU max-bandwidth as Proxmox sets it (PVE 5.x: 8192 MiB/s)
 * @param tcpWindowBytes the largest send/receive window (tcp_wmem max 4 MiB by default)
 * @param baseRttMs RTT of the path without the delay box's added delay
 * @param burstLossesPerOverflow packets a tail-drop overflow costs a loss-based sender (calibrated to 4)
 * @param bbrQueueEfficiency fraction of the queue-limited rate that BBR keeps (calibrated to 0.7)
 * @param bbrLossRate drop fraction BBR induces while it probes a binding queue
 * @param initialWindowSegments TCP initial congestion window
 * @param prepareS API checks, lock and config parsing before the tunnel
 * @param tunnelSetupRoundTrips SSH connections to the target (qm start, mtunnel): handshakes and channel set-up
 * @param targetStartS starting the paused target QEMU
 * @param phase3S moving the config, resuming the target, stopping the source
 * @param phase3RoundTrips round trips in phase 3 (resume over the tunnel, quit, cluster file system)
 * @param downtimeLimitMs QEMU downtime-limit as Proxmox sets it
 * @param maxPrecopyRounds rounds after which auto-converge has throttled the guest enough to stop
 * @param idleDirtyRateBytesPerS what an idle guest dirties (page cache, timers, logging)
 * @param idleWorkingSetBytes the pages an idle guest keeps re-dirtying; dirty memory never exceeds it
 * @param noiseSigma standard deviation of the log-normal run-to-run factor (about +-3 %)
 * @param queueLossLaw how a loss-based sender fares behind the delay box's queue (default: the saw-tooth)
 */
public record GroundTruthParameters(
        double linkRateBitsPerS, int wirePacketBytes, int mssBytes, int gsoPacketBytes,
        double hypervisorCapBytesPerS, double tcpWindowBytes, double baseRttMs,
        double burstLossesPerOverflow, double bbrQueueEfficiency, double bbrLossRate,
        int initialWindowSegments, double prepareS, int tunnelSetupRoundTrips, double targetStartS,
        double phase3S, int phase3RoundTrips, double downtimeLimitMs, int maxPrecopyRounds,
        double idleDirtyRateBytesPerS, long idleWorkingSetBytes, double noiseSigma, QueueLossLaw queueLossLaw) {

    private static final double MIB = 1024.0 * 1024.0;

    /** The defaults: the paper's testbed (PVE 5.1, 1 Gbit/s, hardware delay appliance). */
    public static GroundTruthParameters paperLab() {
        return new GroundTruthParameters(
                1e9, 1538, 1448, 65160,
                8192 * MIB, 4 * MIB, 0.2,
                4.0, 0.7, 0.005,
                10, 0.3, 16, 1.2,
                0.4, 4, 100, 30,
                2 * MIB, 64L * 1024 * 1024, 0.03, QueueLossLaw.sawtooth());
    }

    public GroundTruthParameters withNoiseSigma(double sigma) {
        return new GroundTruthParameters(linkRateBitsPerS, wirePacketBytes, mssBytes, gsoPacketBytes,
                hypervisorCapBytesPerS, tcpWindowBytes, baseRttMs, burstLossesPerOverflow, bbrQueueEfficiency,
                bbrLossRate, initialWindowSegments, prepareS, tunnelSetupRoundTrips, targetStartS, phase3S,
                phase3RoundTrips, downtimeLimitMs, maxPrecopyRounds, idleDirtyRateBytesPerS, idleWorkingSetBytes, sigma,
                queueLossLaw);
    }

    public GroundTruthParameters withHypervisorCapBytesPerS(double capBytesPerS) {
        return new GroundTruthParameters(linkRateBitsPerS, wirePacketBytes, mssBytes, gsoPacketBytes,
                capBytesPerS, tcpWindowBytes, baseRttMs, burstLossesPerOverflow, bbrQueueEfficiency,
                bbrLossRate, initialWindowSegments, prepareS, tunnelSetupRoundTrips, targetStartS, phase3S,
                phase3RoundTrips, downtimeLimitMs, maxPrecopyRounds, idleDirtyRateBytesPerS, idleWorkingSetBytes, noiseSigma,
                queueLossLaw);
    }

    public GroundTruthParameters withLinkRateBitsPerS(double rateBitsPerS) {
        return new GroundTruthParameters(rateBitsPerS, wirePacketBytes, mssBytes, gsoPacketBytes,
                hypervisorCapBytesPerS, tcpWindowBytes, baseRttMs, burstLossesPerOverflow, bbrQueueEfficiency,
                bbrLossRate, initialWindowSegments, prepareS, tunnelSetupRoundTrips, targetStartS, phase3S,
                phase3RoundTrips, downtimeLimitMs, maxPrecopyRounds, idleDirtyRateBytesPerS, idleWorkingSetBytes, noiseSigma,
                queueLossLaw);
    }

    /** The same lab with another loss law behind the delay box's queue (see {@link QueueLossLaw}). */
    public GroundTruthParameters withQueueLossLaw(QueueLossLaw law) {
        return new GroundTruthParameters(linkRateBitsPerS, wirePacketBytes, mssBytes, gsoPacketBytes,
                hypervisorCapBytesPerS, tcpWindowBytes, baseRttMs, burstLossesPerOverflow, bbrQueueEfficiency,
                bbrLossRate, initialWindowSegments, prepareS, tunnelSetupRoundTrips, targetStartS, phase3S,
                phase3RoundTrips, downtimeLimitMs, maxPrecopyRounds, idleDirtyRateBytesPerS, idleWorkingSetBytes, noiseSigma,
                law);
    }

    /** The same lab with another QEMU downtime-limit (a VM's {@code migrate_downtime}). */
    public GroundTruthParameters withDowntimeLimitMs(double limitMs) {
        return new GroundTruthParameters(linkRateBitsPerS, wirePacketBytes, mssBytes, gsoPacketBytes,
                hypervisorCapBytesPerS, tcpWindowBytes, baseRttMs, burstLossesPerOverflow, bbrQueueEfficiency,
                bbrLossRate, initialWindowSegments, prepareS, tunnelSetupRoundTrips, targetStartS, phase3S,
                phase3RoundTrips, limitMs, maxPrecopyRounds, idleDirtyRateBytesPerS, idleWorkingSetBytes, noiseSigma,
                queueLossLaw);
    }

    /** Goodput of the bare link: payload share of each wire packet times the line rate. */
    public double linkGoodputBytesPerS() {
        return linkRateBitsPerS / 8 * mssBytes / wirePacketBytes;
    }
}
