package io.migcal.model.sim.engine;

/**
 * How migrations occupy the timeline and how VMs are launched, all explicit because the paper
 * leaves them open.
 *
 * @param rttThresholdMs a migration over a path with a larger RTT is refused
 * @param sourceFreed when the VM's allocation on the source server is released
 * @param vmDuringTransfer whether the VM keeps working while its memory is copied
 * @param launch whether a VM that must wait holds back the VMs after it
 * @param processingEnd which finish ends the "processing time"
 * @param terms what a migration costs the VM, the ping-pong guard, and how policies plan
 */
public record EngineSettings(double rttThresholdMs, SourceFreed sourceFreed, VmDuringTransfer vmDuringTransfer,
        Launch launch, ProcessingEnd processingEnd, MigrationTerms terms) {

    public EngineSettings(double rttThresholdMs, SourceFreed sourceFreed, VmDuringTransfer vmDuringTransfer,
            Launch launch, ProcessingEnd processingEnd) {
        this(rttThresholdMs, sourceFreed, vmDuringTransfer, launch, processingEnd, MigrationTerms.NONE);
    }

    /** The same settings with other migration terms. */
    public EngineSettings withTerms(MigrationTerms newTerms) {
        return new EngineSettings(rttThresholdMs, sourceFreed, vmDuringTransfer, launch, processingEnd, newTerms);
    }

    /**
     * What a migration costs beyond its transfer time, and how policies use the model.
     *
     * @param workSlowdown the share of the VM's speed lost while it is being migrated (dirty-page
     *     tracking, auto-converge throttling): 0 keeps it at full speed, 1 stops it (as
     *     {@link VmDuringTransfer#PAUSED})
     * @param downtimeS the stop-and-copy pause at switch-over, in seconds, added to the VM's finish
     * @param holdS a VM that arrived by migration is not moved again for this long (ping-pong guard)
     * @param planWith which value of the model's prediction policies plan with
     */
    public record MigrationTerms(double workSlowdown, double downtimeS, double holdS, PlanWith planWith) {
        public static final MigrationTerms NONE = new MigrationTerms(0, 0, 0, PlanWith.POINT);

        public MigrationTerms {
            if (!(workSlowdown >= 0 && workSlowdown <= 1) || !(downtimeS >= 0) || !(holdS >= 0)) {
                throw new IllegalArgumentException("slowdown must be in [0, 1], downtime and hold >= 0");
            }
        }

        public MigrationTerms withPlanWith(PlanWith bound) {
            return new MigrationTerms(workSlowdown, downtimeS, holdS, bound);
        }
    }

    /** The transfer time a policy plans with; the simulated transfer always takes the point value. */
    public enum PlanWith {
        /** The model's point prediction. */
        POINT,
        /** The upper bound of the model's 95 % prediction interval: conservative planning. */
        UPPER
    }

    /** The paper: "from the first VM's start until the 20th VM's processing ends". */
    public enum ProcessingEnd {
        /** The literal reading: the VM launched last (the 20th) finishing. */
        LAST_LAUNCHED,
        /** The makespan: the last VM to finish, whichever it is. */
        LAST_FINISHED
    }

    /** When the source server gets the migrating VM's memory back. */
    public enum SourceFreed {
        /** When the transfer ends: pre-copy keeps the VM running on the source until switch-over. */
        AT_END,
        /** When the transfer starts: an optimistic bound, as if the source memory were released at once. */
        AT_START
    }

    /** What the VM's own work does during the transfer. */
    public enum VmDuringTransfer {
        /** Live migration: the work continues; the VM may finish before the transfer does. */
        WORKS,
        /** The work stops for the transfer, so the VM finishes that much later. */
        PAUSED
    }

    /** How VM starts are scheduled. */
    public enum Launch {
        /** The paper's reading: VMs start one after another; a waiting VM delays all later ones. */
        SEQUENTIAL,
        /** Each VM arrives on its own clock and queues (FIFO) at its home server. */
        INDEPENDENT
    }
}
