package io.migcal.harness.reconnect;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to keep trying a call whose link broke: the first wait, doubled after every failed attempt
 * up to {@code maxDelay}, and never more waiting in all than {@code budget}. A zero budget never retries.
 */
public record Backoff(Duration firstDelay, Duration maxDelay, Duration budget) {

    /** Gives up at once: the behaviour of a harness without reconnects. */
    public static final Backoff NONE = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);

    public Backoff {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(budget, "budget");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || budget.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < first delay <= max delay and a budget >= 0, got "
                    + firstDelay + ", " + maxDelay + ", " + budget);
        }
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    public Duration delayBefore(int retry) {
        Duration delay = firstDelay;
        for (int i = 1; i < retry && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
