package io.migcal.harness.qemu;

import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.time.Duration;

/** Waits for the target's QEMU: to wait for the stream ({@code inmigrate}) before, to run the guest after. */
record IncomingWait(MonotonicClock clock, Duration limit) {

    private static final long PAUSE_MS = 50;

    void until(QmpNode target) throws IOException, InterruptedException {
        long startNs = clock.nanoTime();
        String state = RunState.of(target);
        while (!"inmigrate".equals(state)) {
            if (clock.nanoTime() - startNs > limit.toNanos()) {
                throw new IOException("the QEMU on " + target.name() + " is not waiting for a migration after "
                        + limit.toSeconds() + " s (query-status: " + state + ")");
            }
            clock.sleepMillis(PAUSE_MS);
            state = RunState.of(target);
        }
    }

    /** The target's state once it has had up to two seconds to resume the guest after completion. */
    String resumed(QmpNode target) throws InterruptedException {
        String state = RunState.of(target);
        for (int i = 0; i < 40 && !"running".equals(state); i++) {
            clock.sleepMillis(PAUSE_MS);
            state = RunState.of(target);
        }
        return state;
    }
}
