package io.migcal.harness.reconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.time.MonotonicClock;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    /** A clock that only moves when slept on, recording every sleep. */
    private static final class SleepRecorder implements MonotonicClock {
        final List<Long> sleptMs = new ArrayList<>();
        long nanos;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public Instant now() {
            return Instant.EPOCH.plusNanos(nanos);
        }

        @Override
        public void sleepMillis(long millis) {
            sleptMs.add(millis);
            nanos += millis * 1_000_000;
        }
    }

    private static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofSeconds(120));

    @Test
    void delaysDoubleUpToTheLongest() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(DEFAULT::delayBefore).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void aLinkThatNeverReturnsIsGivenUpExactlyAtTheBudget() {
        SleepRecorder clock = new SleepRecorder();
        Reconnector reconnector = new Reconnector(DEFAULT, clock, new ReconnectJournal());
        assertThatThrownBy(() -> reconnector.call("GET /version", () -> {
            throw new ConnectException("Connection refused");
        }, e -> true)).isInstanceOf(LinkDownException.class).hasMessageContaining("over 120 s")
                .hasMessageContaining("Connection refused");
        // 1+2+4+8+15*7 = 120: the last wait is cut to what the budget leaves
        assertThat(clock.sleptMs).containsExactly(1000L, 2000L, 4000L, 8000L, 15000L, 15000L, 15000L, 15000L, 15000L,
                15000L, 15000L);
        assertThat(reconnector.journal().since(0)).singleElement()
                .satisfies(e -> assertThat(e.describe()).isEqualTo("GET /version x12 in 120.0 s gave up (first: Connection refused)"));
    }

    @Test
    void aFaultThatIsNotTransientIsNotRetried() {
        SleepRecorder clock = new SleepRecorder();
        Reconnector reconnector = new Reconnector(DEFAULT, clock, new ReconnectJournal());
        assertThatThrownBy(() -> reconnector.call("x", () -> {
            throw new IOException("HTTP 500 VM is locked");
        }, e -> false)).hasMessage("HTTP 500 VM is locked");
        assertThat(clock.sleptMs).isEmpty();
        assertThat(reconnector.journal().since(0)).isEmpty();
    }

    @Test
    void aZeroBudgetFailsAsBeforeWithNothingJournaled() {
        Reconnector reconnector = new Reconnector(Backoff.NONE, new SleepRecorder(), new ReconnectJournal());
        assertThatThrownBy(() -> reconnector.call("x", () -> {
            throw new ConnectException("refused");
        }, e -> true)).isInstanceOf(ConnectException.class);
        assertThat(reconnector.journal().since(0)).isEmpty();
    }

    @Test
    void aRecoveredCallIsJournaledWithItsAttemptsAndOutage() throws Exception {
        SleepRecorder clock = new SleepRecorder();
        Reconnector reconnector = new Reconnector(DEFAULT, clock, new ReconnectJournal());
        int[] calls = {0};
        String answer = reconnector.call("ssh a 'true'", () -> {
            if (++calls[0] < 4) {
                throw new ConnectException("refused");
            }
            return "ok";
        }, e -> true);
        assertThat(answer).isEqualTo("ok");
        assertThat(reconnector.journal().since(0)).singleElement()
                .satisfies(e -> assertThat(e.describe()).isEqualTo("ssh a 'true' x4 in 7.0 s ok (first: refused)"));
        assertThat(reconnector.journal().since(1)).isEmpty();
    }
}
