package io.migcal.harness.sweep;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stop request the runner checks before each sample and between stages. The shutdown hook sets it
 * as well as interrupting the runner, because some client libraries swallow an interrupt that lands
 * while they connect; the request itself cannot be lost.
 */
public final class StopSignal {
    private final AtomicBoolean requested = new AtomicBoolean();

    public void request() {
        requested.set(true);
    }

    public boolean isRequested() {
        return requested.get();
    }

    /** Throws at a stage boundary when a stop was requested or the thread was interrupted. */
    void checkpoint() throws InterruptedException {
        if (requested.get() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("stop requested");
        }
    }
}
