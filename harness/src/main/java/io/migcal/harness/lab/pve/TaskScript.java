package io.migcal.harness.lab.pve;

import java.util.List;

/**
 * Everything a task will log and when, decided when it starts: its lines, when it stops (infinite for
 * a hanging task), its exit status, and when the VM's config moves to the target ({@code NaN} if it
 * stays on the source).
 */
public record TaskScript(List<TimedLine> lines, double endOffsetS, String exitStatus, double configMoveOffsetS) {

    public TaskScript {
        lines = List.copyOf(lines);
    }

    public boolean movesVm() {
        return !Double.isNaN(configMoveOffsetS);
    }
}
