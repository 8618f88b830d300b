package io.migcal.harness.sweep;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Before a sample touches the VM: whatever still runs for it (a migration a killed harness left
 * behind, a backup) is given {@code patience} to end on its own, then stopped, and the sample waits
 * until it is gone. Otherwise Proxmox refuses the next migration ("VM is locked (migrate)"), or the
 * VM changes node under the harness when the old task ends.
 */
final class LeftoverTasks {
    private static final long POLL_MS = 1000;

    private final LabSession lab;
    private final Duration patience;
    private final Duration stopGrace;

    LeftoverTasks(LabSession lab, Duration patience, Duration stopGrace) {
        this.lab = lab;
        this.patience = patience;
        this.stopGrace = stopGrace;
    }

    /**
     * Returns what was found and done, for the run log (null when nothing ran); an IOException
     * (a lab fault) when a stopped task would not end.
     */
    String clear(String vmId) throws IOException, InterruptedException {
        List<String> running = lab.canceller().running(vmId);
        if (running.isEmpty()) {
            return null;
        }
        String found = "found " + String.join(", ", running) + " still running for VM " + vmId;
        if (awaitNone(vmId, patience)) {
            return found + "; waited for it to end";
        }
        List<String> stopped = lab.canceller().cancelRunning(vmId);
        if (!awaitNone(vmId, stopGrace)) {
            throw new IOException(found + "; stopped it after " + patience.toSeconds() + " s, but it still runs "
                    + stopGrace.toSeconds() + " s later; stop it by hand (pvesh delete /nodes/NODE/tasks/UPID)");
        }
        return found + "; stopped " + String.join(", ", stopped) + " after waiting " + patience.toSeconds() + " s";
    }

    private boolean awaitNone(String vmId, Duration limit) throws IOException, InterruptedException {
        long deadline = lab.clock().nanoTime() + limit.toNanos();
        while (lab.clock().nanoTime() < deadline) {
            lab.clock().sleepMillis(POLL_MS);
            if (lab.canceller().running(vmId).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
