package io.migcal.harness.delay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueLimitSizingTest {

    @Test
    void oneGigabitAtTenMillisecondsOneWayNeedsTwiceItsBandwidthDelayProduct() {
        // 125,000,000 B/s x 0.010 s / 1514 B = 825.6 frames; x2 = 1651.2 -> 1652
        assertThat(QueueLimitSizing.ONE_GBIT.packetsFor(10)).isEqualTo(1652);
    }

    @Test
    void shortDelaysKeepTheFloor() {
        assertThat(QueueLimitSizing.ONE_GBIT.packetsFor(0)).isEqualTo(1000);
        assertThat(QueueLimitSizing.ONE_GBIT.packetsFor(3)).isEqualTo(1000);
    }

    @Test
    void tenGigabitAtFiftyMillisecondsScalesLinearly() {
        QueueLimitSizing tenGbit = new QueueLimitSizing(10_000_000_000L, 1514, 1.5, 1000);
        // 1.25e9 B/s x 0.05 s / 1514 B = 41281.37 frames; x1.5 = 61922.06 -> 61923
        assertThat(tenGbit.packetsFor(50)).isEqualTo(61923);
    }
}
