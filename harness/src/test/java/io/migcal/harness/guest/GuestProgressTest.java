package io.migcal.harness.guest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuestProgressTest {
    private static final long MS = 1_000_000L;

    /** Units every 110 ms: 10 ms long before {@code fromMs}, {@code slowMs} long from there on. */
    private static String meterFile(long fromMs, long slowMs, long untilMs) {
        StringBuilder out = new StringBuilder();
        for (long t = 0; t < untilMs; t += 110) {
            long unit = t >= fromMs ? slowMs : 10;
            out.append(t * MS).append(' ').append((t + unit) * MS).append('\n');
        }
        return out + "99999"; // a line cut off when the meter was stopped
    }

    @Test
    void slowdownIsTheMedianUnitDuringTheMigrationOverTheMedianBefore() {
        GuestProgress progress = GuestProgress.parse(meterFile(3300, 25, 6000));

        GuestProgress.Slowdown slowdown = progress.slowdown(3300 * MS, 5500 * MS).orElseThrow();

        assertThat(slowdown.ratio()).isEqualTo(2.5);
        assertThat(slowdown.baselineUnitMs()).isEqualTo(10.0);
        assertThat(slowdown.unitsDuring()).isEqualTo(20);
    }

    @Test
    void aGuestTheMigrationDidNotTouchHasASlowdownOfOne() {
        GuestProgress progress = GuestProgress.parse(meterFile(Long.MAX_VALUE, 10, 6000));

        assertThat(progress.slowdown(3300 * MS, 5500 * MS).orElseThrow().ratio()).isEqualTo(1.0);
    }

    @Test
    void tooFewUnitsOnEitherSideGiveNoFigure() {
        GuestProgress progress = GuestProgress.parse(meterFile(200, 10, 6000));

        assertThat(progress.slowdown(200 * MS, 5500 * MS)).as("2 baseline units").isEmpty();
        assertThat(progress.slowdown(3300 * MS, 3400 * MS)).as("no unit inside").isEmpty();
    }
}
