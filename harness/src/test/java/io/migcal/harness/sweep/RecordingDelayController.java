package io.migcal.harness.sweep;

import io.migcal.harness.delay.DelayController;
import io.migcal.harness.delay.DelaySetting;
import io.migcal.harness.delay.DelayState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Remembers every delay set and cleared; drops a few packets per read to show the counters move. */
public final class RecordingDelayController implements DelayController {
    final List<DelaySetting> applied = new ArrayList<>();
    int clears;
    private DelaySetting current;
    private long dropped;

    @Override
    public synchronized void apply(DelaySetting setting) {
        applied.add(setting);
        current = setting;
    }

    @Override
    public synchronized DelayState readBack() {
        dropped += 3;
        double rtt = current == null ? 0 : current.rttMs();
        return new DelayState(rtt, current == null ? null : 1000, dropped, "qdisc netem 8001: root limit 1000",
                Map.of());
    }

    @Override
    public synchronized void clear() {
        clears++;
        current = null;
    }

    synchronized boolean isClear() {
        return current == null;
    }

    synchronized double currentRttMs() {
        return current == null ? 0 : current.rttMs();
    }
}
