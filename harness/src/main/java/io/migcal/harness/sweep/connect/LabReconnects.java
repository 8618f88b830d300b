package io.migcal.harness.sweep.connect;

import io.migcal.harness.config.ReconnectConfig;
import io.migcal.harness.reconnect.Backoff;
import io.migcal.harness.reconnect.ReconnectJournal;
import io.migcal.harness.reconnect.Reconnector;
import io.migcal.harness.time.MonotonicClock;
import java.time.Duration;

/** The config's {@code reconnect} section as the reconnect package's values, in lab time. */
final class LabReconnects {
    /** OkHttp times replies on the wall clock; below this a loaded machine would time out on its own. */
    private static final Duration SHORTEST_WALL_TIMEOUT = Duration.ofSeconds(2);

    private LabReconnects() {
    }

    static Reconnector reconnector(ReconnectConfig config, MonotonicClock clock) {
        Backoff backoff = new Backoff(millis(config.firstDelayS()), millis(config.maxDelayS()), millis(config.totalS()));
        return new Reconnector(backoff, clock, new ReconnectJournal());
    }

    /** {@code api_timeout_s} is lab seconds; a compressed lab answers that many times sooner on the wall clock. */
    static Duration apiReadTimeout(ReconnectConfig config, double timeCompression) {
        Duration wall = millis(config.apiTimeoutS() / timeCompression);
        return wall.compareTo(SHORTEST_WALL_TIMEOUT) < 0 ? SHORTEST_WALL_TIMEOUT : wall;
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
