package io.migcal.harness.lab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest's progress meter as the lab runs it: from its start, one unit of work of
 * {@link #UNIT_S} lab seconds (longer by the ground truth's factor while a migration copies memory),
 * then {@link #SLEEP_S} of sleep, each unit one {@code START_NS END_NS} line on the lab clock, as
 * the real meter writes them. Guarded by the lab state.
 */
final class GuestProgressMeter {
    static final double UNIT_S = 0.010;
    static final double SLEEP_S = 0.100;

    /** A span of lab time during which guest work runs {@code factor} times slower. */
    record SlowWindow(double fromLabS, double toLabS, double factor) {
    }

    private final List<SlowWindow> windows = new ArrayList<>();
    private Double startLabS;

    void start(double nowLabS) {
        startLabS = nowLabS;
    }

    void stop() {
        startLabS = null;
    }

    boolean running() {
        return startLabS != null;
    }

    void slowDuring(SlowWindow window) {
        windows.add(window);
    }

    /** The meter's file now; {@code epochNsAt} turns lab seconds into the guest clock's nanoseconds. */
    String text(double nowLabS, java.util.function.DoubleToLongFunction epochNsAt) {
        if (startLabS == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        double t = startLabS;
        while (true) {
            double end = t + UNIT_S * factorAt(t);
            if (end > nowLabS) {
                return out.toString();
            }
            out.append(epochNsAt.applyAsLong(t)).append(' ').append(epochNsAt.applyAsLong(end)).append('\n');
            t = end + SLEEP_S;
        }
    }

    private double factorAt(double labS) {
        return windows.stream().filter(w -> labS >= w.fromLabS() && labS < w.toLabS())
                .mapToDouble(SlowWindow::factor).max().orElse(1.0);
    }
}
