package io.migcal.harness.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompressedClockTest {

    @Test
    void labTimeRunsFactorTimesFasterThanTheWallClock() throws Exception {
        CompressedClock clock = new CompressedClock(100, Instant.parse("2026-01-01T00:00:00Z"));
        long wallStart = System.nanoTime();
        long labStart = clock.nanoTime();
        Thread.sleep(20);
        long wallElapsed = System.nanoTime() - wallStart;
        long labElapsed = clock.nanoTime() - labStart;
        // lower bounds only: a loaded machine may stretch the wall time, never shrink the ratio below 1x
        assertThat(labElapsed).isGreaterThanOrEqualTo(100L * 20_000_000L);
        assertThat((double) labElapsed / wallElapsed).isGreaterThan(90);
    }

    @Test
    void sleepingALabSecondLastsAtLeastALabSecondOnTheClock() throws Exception {
        CompressedClock clock = new CompressedClock(50);
        long before = clock.nanoTime();
        clock.sleepMillis(1000);
        assertThat(clock.nanoTime() - before).isGreaterThanOrEqualTo(1_000_000_000L);
    }

    @Test
    void nowStartsAtTheGivenInstantAndAdvancesWithNanoTime() {
        Instant origin = Instant.parse("2026-01-01T00:00:00Z");
        CompressedClock clock = new CompressedClock(50, origin);
        Instant now = clock.now();
        assertThat(now).isAfterOrEqualTo(origin);
        assertThat(Duration.between(origin, now).toNanos()).isLessThanOrEqualTo(clock.nanoTime());
    }

    @Test
    void factorBelowOneIsRefused() {
        assertThatThrownBy(() -> new CompressedClock(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 1");
    }
}
