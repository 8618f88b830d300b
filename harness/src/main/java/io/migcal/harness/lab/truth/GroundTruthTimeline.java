package io.migcal.harness.lab.truth;

import java.util.List;

/**
 * One migration as the ground truth says it goes, in lab seconds: Proxmox's preparation and tunnel
 * set-up, the pre-copy rounds, the stop-and-copy downtime and phase 3. Everything the task log and the
 * VM's location are generated from.
 */
public record GroundTruthTimeline(
        double prepareS, double tunnelAndTargetStartS, double slowStartS, List<PrecopyRound> rounds,
        double downtimeMs, double phase3S, long totalRamBytes, PathThroughput throughput) {

    public GroundTruthTimeline {
        rounds = List.copyOf(rounds);
    }

    /** Lab seconds from the start of the task to the {@code start migrate command} line. */
    public double migrateCommandOffsetS() {
        return prepareS + tunnelAndTargetStartS;
    }

    /** Lab seconds from the migrate command to QEMU's {@code completed} (includes the downtime). */
    public double memoryCopyS() {
        return slowStartS + rounds.stream().mapToDouble(PrecopyRound::durationS).sum() + downtimeMs / 1000;
    }

    /** Lab seconds from the API call to the task's end: what a harness polling the task measures. */
    public double taskDurationS() {
        return migrateCommandOffsetS() + memoryCopyS() + phase3S;
    }

    public long transferredBytes() {
        long sent = rounds.stream().mapToLong(PrecopyRound::bytes).sum();
        return sent + (long) (downtimeMs / 1000 * throughput.effectiveBytesPerS());
    }

    /** Bytes QEMU reports as transferred {@code sinceMigrateS} lab seconds after the migrate command. */
    public long transferredBytesAt(double sinceMigrateS) {
        double t = sinceMigrateS - slowStartS;
        if (t <= 0) {
            return 0;
        }
        long sent = 0;
        for (PrecopyRound round : rounds) {
            if (t <= round.durationS()) {
                return sent + (long) (round.bytes() * t / round.durationS());
            }
            t -= round.durationS();
            sent += round.bytes();
        }
        return Math.min(transferredBytes(), sent + (long) (t * throughput.effectiveBytesPerS()));
    }

    /** The same migration with every duration multiplied by {@code factor} (run-to-run noise). */
    public GroundTruthTimeline scaled(double factor) {
        List<PrecopyRound> scaledRounds = rounds.stream()
                .map(r -> new PrecopyRound(r.bytes(), r.durationS() * factor)).toList();
        return new GroundTruthTimeline(prepareS * factor, tunnelAndTargetStartS * factor, slowStartS * factor,
                scaledRounds, downtimeMs * factor, phase3S * factor, totalRamBytes, throughput);
    }
}
