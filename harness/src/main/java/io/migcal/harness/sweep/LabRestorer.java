package io.migcal.harness.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the lab back the way the sweep found it, whatever happened: the load stopped, the delay
 * cleared. Each step runs even if an earlier one failed, and with the thread's interrupt cleared,
 * because teardown after Ctrl-C is exactly when it matters most. A migration still running (the
 * driver following it was interrupted) is stopped first, so the VM stays where it was.
 */
final class LabRestorer {
    private LabRestorer() {
    }

    /** What teardown did; {@code problems} lists every step that failed, with what to do by hand. */
    record Report(List<String> done, List<String> problems) {
        Report {
            done = List.copyOf(done);
            problems = List.copyOf(problems);
        }

        String summary() {
            return problems.isEmpty() ? "lab restored (" + String.join(", ", done) + ")"
                    : "lab NOT fully restored: " + String.join("; ", problems);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    static Report restore(LabSession lab, String vmId) {
        // the caller knows it was interrupted (its outcome says so); teardown must not be cut short by it
        Thread.interrupted();
        List<String> done = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        attempt("no migration running", () -> {
            List<String> stopped = lab.canceller().cancelRunning(vmId);
            if (!stopped.isEmpty()) {
                done.add("stopped " + String.join(", ", stopped));
            }
        }, lab.canceller().cancelByHand(vmId), done, problems);
        attempt("load stopped", lab.guestLoad()::stop, lab.guestLoad().stopByHand(), done, problems);
        attempt("delay cleared", lab.delay()::clear, lab.delay().clearByHand(), done, problems);
        List<String> restored = new ArrayList<>();
        attempt("VM options", () -> {
            if (lab.hypervisor().restoreSettings()) {
                restored.add("VM options as before");
            }
        }, "set the VM's migrate_downtime and migrate_speed back by hand (qm set VMID ...)", restored, problems);
        // only said when migcal had changed them: a sweep without such settings reports as before
        restored.stream().filter(r -> !r.equals("VM options")).forEach(done::add);
        return new Report(done, problems);
    }

    private static void attempt(String what, Step step, String byHand, List<String> done, List<String> problems) {
        try {
            step.run();
            done.add(what);
        } catch (InterruptedException e) {
            problems.add(what + " interrupted; " + byHand);
        } catch (Exception e) {
            problems.add(what + " failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); " + byHand);
        }
    }
}
