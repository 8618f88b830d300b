package io.migcal.harness.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT, SIGTERM) starts the JVM's shutdown; this hook then interrupts the thread running
 * the sweep and waits, up to a bound, until that thread says its teardown is done, so the delay is
 * cleared and the load stopped before the JVM exits.
 */
final class InterruptOnShutdown implements AutoCloseable {
    private final Thread worker;
    private final Duration maxWait;
    private final CountDownLatch workerDone = new CountDownLatch(1);
    private final Thread hook;

    InterruptOnShutdown(Thread worker, Duration maxWait) {
        this.worker = worker;
        this.maxWait = maxWait;
        this.hook = new Thread(this::interruptAndWait, "migcal-shutdown");
    }

    /** Registers the hook for {@code worker}; close it when the worker's teardown is over. */
    static InterruptOnShutdown install(Thread worker, Duration maxWait) {
        InterruptOnShutdown guard = new InterruptOnShutdown(worker, maxWait);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** What the hook does; a package-visible method so tests can run it without ending the JVM. */
    boolean interruptAndWait() {
        worker.interrupt();
        try {
            return workerDone.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        workerDone.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownUnderWay) {
            // the hook is running and waits for the countDown above; nothing to remove
        }
    }
}
