package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.harness.migrate.ProgressPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTraceTest {

    @Test
    void shortHistoryIsKeptWholeWithDotDecimalsAndEmptyForMissingCounters() {
        List<ProgressPoint> history = List.of(
                new ProgressPoint(0.02, null, null, null, null),
                new ProgressPoint(0.5, 64_000_000L, 300_000_000L, 1_074_536_448L, 1.3e8));

        assertThat(ProgressTrace.of(history)).isEqualTo("0.020:: 0.500:64000000:300000000");
    }

    @Test
    void longHistoryIsThinnedEvenlyKeepingFirstAndLast() {
        List<ProgressPoint> history = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            history.add(new ProgressPoint(i * 0.02, i * 1000L, (999 - i) * 1000L, null, null));
        }

        String[] points = ProgressTrace.of(history).split(" ");

        assertThat(points).hasSize(ProgressTrace.MAX_POINTS);
        assertThat(points[0]).isEqualTo("0.000:0:999000");
        assertThat(points[points.length - 1]).isEqualTo("19.980:999000:0");
    }
}
