package io.migcal.model.sim.engine;

/**
 * The metrics of one simulation run.
 *
 * @param processingTimeS from the first VM's start to the finish of the last launched VM or of the
 *     last VM to finish, as {@link EngineSettings.ProcessingEnd} says
 * @param waitingTimeS summed over VMs: time from arrival to start, spent waiting for free memory
 * @param migrations live migrations started (aborted ones included)
 * @param abortedMigrations migrations whose VM finished its work before the transfer ended
 * @param transferTimeS summed time spent transferring (aborted transfers up to the abort)
 * @param meanSlowdown mean over VMs of (finish - arrival) / work
 * @param maxSlowdown the largest per-VM slowdown
 */
public record RunResult(
        double processingTimeS,
        double waitingTimeS,
        int migrations,
        int abortedMigrations,
        double transferTimeS,
        double meanSlowdown,
        double maxSlowdown) {
}
