package io.migcal.harness.qemu;

import io.migcal.harness.migrate.ProgressPoint;
import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a migration on the source monitor and samples {@code query-migrate} through the whole of
 * it, as QEMU's own tests/migration/guestperf engine does, until it finishes or the deadline
 * passes (then it is cancelled). The history keeps every sample.
 */
final class MigrationFollower {

    /** How often, and how long apart, a {@code completed} reply without times is read again. */
    static final int RACE_REQUERIES = 20;
    static final long RACE_REQUERY_PAUSE_MS = 100;
    private static final long CANCEL_WAIT_MS = 10_000;

    private final QmpConnection source;
    private final MonotonicClock clock;
    private final long pollMs;

    MigrationFollower(QmpConnection source, MonotonicClock clock, Duration pollInterval) {
        this.source = source;
        this.clock = clock;
        this.pollMs = pollInterval.toMillis();
    }

    /**
     * The end of one followed migration: the last reply, when it was seen, the history, when post-copy
     * was started, and the guest's dirty rate as QEMU last measured it while the migration was active
     * (null if it never did).
     */
    record Followed(MigrationInfo last, double endS, boolean timedOut, int raceRequeries,
            List<ProgressPoint> progress, Double postcopyStartedS, Double dirtyRateBytesPerS) {
    }

    Followed follow(String uri, Duration timeout) throws IOException, InterruptedException {
        return follow(uri, timeout, false);
    }

    /**
     * As {@link #follow(String, Duration)}; with {@code postcopy}, sends {@code migrate-start-postcopy}
     * once the first RAM pass is done (the second dirty sync has begun), as guestperf does after its
     * configured number of pre-copy iterations.
     */
    Followed follow(String uri, Duration timeout, boolean postcopy) throws IOException, InterruptedException {
        long startNs = clock.nanoTime();
        source.execute("migrate", QmpConnection.arguments().put("uri", uri));
        List<ProgressPoint> progress = new ArrayList<>();
        Double postcopyAtS = null;
        Double dirtyRate = null;
        while (true) {
            MigrationInfo info = query();
            double atS = secondsSince(startNs);
            progress.add(point(atS, info));
            // QEMU reports 0 until its first measuring period has ended; keep the latest real reading
            if (!info.finished() && info.dirtyRateBytesPerS() != null && info.dirtyPagesRatePagesPerS() > 0) {
                dirtyRate = info.dirtyRateBytesPerS();
            }
            if (info.finished()) {
                return settle(info, atS, progress, postcopyAtS, dirtyRate);
            }
            if (atS > timeout.toMillis() / 1000.0) {
                return new Followed(cancel(), atS, true, 0, progress, postcopyAtS, dirtyRate);
            }
            if (postcopy && postcopyAtS == null && "active".equals(info.status())
                    && info.dirtySyncCount() != null && info.dirtySyncCount() >= 2) {
                source.execute("migrate-start-postcopy", null);
                postcopyAtS = atS;
            }
            clock.sleepMillis(pollMs);
        }
    }

    private Followed settle(MigrationInfo info, double endS, List<ProgressPoint> progress, Double postcopyAtS,
            Double dirtyRate)
            throws IOException, InterruptedException {
        MigrationInfo last = info;
        int requeries = 0;
        while (last.completedWithoutTimes() && requeries < RACE_REQUERIES) {
            clock.sleepMillis(RACE_REQUERY_PAUSE_MS);
            last = query();
            requeries++;
        }
        return new Followed(last, endS, false, requeries, progress, postcopyAtS, dirtyRate);
    }

    private MigrationInfo cancel() throws IOException, InterruptedException {
        source.execute("migrate_cancel", null);
        long startNs = clock.nanoTime();
        MigrationInfo info = query();
        while (!info.finished() && secondsSince(startNs) * 1000 < CANCEL_WAIT_MS) {
            clock.sleepMillis(pollMs);
            info = query();
        }
        return info;
    }

    private MigrationInfo query() throws IOException {
        return MigrationInfo.from(source.execute("query-migrate", null));
    }

    private double secondsSince(long startNs) {
        return (clock.nanoTime() - startNs) / 1e9;
    }

    private static ProgressPoint point(double atS, MigrationInfo info) {
        return new ProgressPoint(atS, info.transferredBytes(), info.remainingBytes(), info.totalBytes(),
                info.rateBytesPerS(), info.status(), info.dirtySyncCount());
    }
}
