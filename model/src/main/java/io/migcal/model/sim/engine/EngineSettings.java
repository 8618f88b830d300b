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
 */
public record EngineSettings(double rttThresholdMs, SourceFreed sourceFreed, VmDuringTransfer vmDuringTransfer,
        Launch launch, ProcessingEnd processingEnd) {

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
