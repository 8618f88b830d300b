package io.migcal.model.sim.engine;

/**
 * The metrics of one simulation run.
 *
 * @param processingTimeS from the first VM's start to the finish of the last launched VM or of the
 *     last VM to finish, as {@link EngineSettings.ProcessingEnd} says
 * @param waitingTimeS summed over VMs: time from arrival to start, spent waiting for free memory
 * @param migrations live migrations started (aborted ones included)
 * @param abortedMigrations migrations whose VM finished its work before the transfer ended
 * @param immediateReturns migrations that send a VM back to the server its previous migration took
 *     it from (ping-pong)
 * @param transferTimeS summed time spent transferring (aborted transfers up to the abort)
 * @param slowdown the per-VM slowdown, (finish - arrival) / work
 * @param queries the questions put to the transfer-time model
 */
public record RunResult(
        double processingTimeS,
        double waitingTimeS,
        int migrations,
        int abortedMigrations,
        int immediateReturns,
        double transferTimeS,
        Slowdown slowdown,
        ModelQueries queries) {

    public double meanSlowdown() {
        return slowdown.mean();
    }

    public double maxSlowdown() {
        return slowdown.max();
    }

    /** The mean and the largest per-VM slowdown. */
    public record Slowdown(double mean, double max) {
    }

    /**
     * How often the transfer-time model was asked (by policies planning and by the engine timing a
     * transfer), and how many of those questions lay outside the range the model was fitted on.
     */
    public record ModelQueries(int total, int extrapolated) {
        /** The share of questions outside the fitted range; 0 when none was asked. */
        public double extrapolatedShare() {
            return total == 0 ? 0 : (double) extrapolated / total;
        }
    }
}
