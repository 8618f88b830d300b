package io.migcal.harness.reconnect;

import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Runs a call that is safe to repeat, retrying it with {@link Backoff} while it fails with a fault
 * the caller calls transient (a refused connection, a reset, a 503). Waits go through the lab's clock.
 * When the budget is spent the last failure comes back as a {@link LinkDownException}; every call that
 * needed a retry is written to the {@link ReconnectJournal}.
 */
public final class Reconnector {
    /** Never retries and records nothing: for tools that talk to a lab once (check, tests). */
    public static final Reconnector NONE = new Reconnector(Backoff.NONE, MonotonicClock.SYSTEM, new ReconnectJournal());

    private final Backoff backoff;
    private final MonotonicClock clock;
    private final ReconnectJournal journal;

    public Reconnector(Backoff backoff, MonotonicClock clock, ReconnectJournal journal) {
        this.backoff = backoff;
        this.clock = clock;
        this.journal = journal;
    }

    /** A call to repeat. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    public ReconnectJournal journal() {
        return journal;
    }

    /** Runs {@code call}, retrying while it fails with an exception {@code transientFault} accepts. */
    public <T> T call(String what, Call<T> call, Predicate<IOException> transientFault)
            throws IOException, InterruptedException {
        long firstFailureNanos = 0;
        String firstFault = null;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = call.run();
                if (attempt > 1) {
                    journal.add(new ReconnectJournal.Entry(what, attempt, seconds(firstFailureNanos), true, firstFault));
                }
                return result;
            } catch (IOException e) {
                if (!transientFault.test(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                if (attempt == 1) {
                    firstFailureNanos = clock.nanoTime();
                    firstFault = brief(e);
                }
                long leftMs = backoff.budget().toMillis() - Math.round(seconds(firstFailureNanos) * 1000);
                if (leftMs <= 0) {
                    throw gaveUp(what, attempt, firstFailureNanos, firstFault, e);
                }
                clock.sleepMillis(Math.min(backoff.delayBefore(attempt).toMillis(), leftMs));
            }
        }
    }

    private IOException gaveUp(String what, int attempts, long firstFailureNanos, String firstFault, IOException last) {
        if (backoff.budget().isZero()) {
            return last; // retries are off: the failure is what it was
        }
        double outageS = seconds(firstFailureNanos);
        journal.add(new ReconnectJournal.Entry(what, attempts, outageS, false, firstFault));
        return new LinkDownException(String.format(java.util.Locale.ROOT,
                "%s: still failing after %d attempts over %.0f s (reconnect.total_s %d): %s", what, attempts, outageS,
                backoff.budget().toSeconds(), last.getMessage()), last);
    }

    /** The failure without the call it names (the entry names it already), on one short line. */
    private static String brief(IOException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        int colon = text.indexOf(": ");
        String tail = colon > 0 && colon < text.length() - 2 ? text.substring(colon + 2) : text;
        return tail.length() > 100 ? tail.substring(0, 100) + "..." : tail;
    }

    /** Lab seconds since {@code sinceNanos}. */
    private double seconds(long sinceNanos) {
        return (clock.nanoTime() - sinceNanos) / 1e9;
    }
}
